# A property without a getter/setter/deleter: 3.11 names the property (set by __set_name__,
# so not for one assigned after the class body) and the type's qualified name.
class A:
    def getx(self):
        return 1
    x = property(getx)
    y = property(lambda self: 2)
a = A()
for name in ('x', 'y'):
    try:
        setattr(a, name, 5)
    except AttributeError as e:
        print(e)
    try:
        delattr(a, name)
    except AttributeError as e:
        print(e)
z = property()
class B:
    w = z
try:
    B().w
except AttributeError as e:
    print(e)
try:
    a.x = 3
except AttributeError as e:
    print(e)
def g(self):
    return 1
A.v = property(g)
try:
    A().v = 2
except AttributeError as e:
    print(e)
p = property(g)
class C:
    pass
C.q = p
try:
    del C().q
except AttributeError as e:
    print(e)
try:
    property(None).__get__(3, int)
except AttributeError as e:
    print(e)
class Outer:
    class Inner:
        x = property(lambda self: 1)
try:
    Outer.Inner().x = 1
except AttributeError as e:
    print(e)
Outer.Inner.y = property(None)
try:
    Outer.Inner().y
except AttributeError as e:
    print(e)
try:
    del Outer.Inner().y
except AttributeError as e:
    print(e)

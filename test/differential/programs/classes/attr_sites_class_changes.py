# The same LOAD_ATTR / STORE_ATTR instructions on instances while their class changes (properties, __getattribute__,
# __setattr__, class attributes added and deleted, a materialised __dict__): each execution sees the current class.
import sys
class A:
    def __init__(self, v):
        self.x = v
        self.y = v + 1
def get(o):
    return o.x
def put(o, v):
    o.x = v
a = A(1)
b = A(2)
out = []
for i in range(5):
    out.append(get(a))
    put(b, i)
A.x = property(lambda self: 'prop')
out.append(get(a))
try:
    put(a, 5)
except AttributeError as e:
    out.append(type(e).__name__)
del A.x
out.append(get(a))
put(a, 7)
out.append(get(a))
class B(A):
    pass
c = B(3)
for i in range(3):
    out.append(get(c))
    put(c, i * 10)
A.__getattribute__ = lambda self, n: 'ga:' + n
out.append(get(c))
out.append(get(a))
del A.__getattribute__
out.append(get(c))
d = a.__dict__
out.append(get(a))
put(a, 99)
out.append(d)
del a.x
try:
    get(a)
except AttributeError as e:
    out.append(str(e))
A.x = 'class-x'
out.append(get(a))
put(a, 'again')
out.append(get(a))
class C:
    pass
c2 = C()
c2.x = 1
for i in range(3):
    out.append(get(c2))
    put(c2, i)
c2 = A(0)
out.append(get(c2))
def setter(self, n, v):
    object.__setattr__(self, n, ('set', v))
A.__setattr__ = setter
put(b, 1)
out.append(get(b))
del A.__setattr__
put(b, 2)
out.append(get(b))
v = object()
put(b, v)
out.append(sys.getrefcount(v))
print(out)

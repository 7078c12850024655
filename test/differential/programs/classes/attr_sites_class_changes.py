# The same LOAD_ATTR / STORE_ATTR / LOAD_METHOD instructions on instances while their class changes (properties,
# __getattribute__, __setattr__, methods and class attributes added, replaced and deleted, a materialised __dict__).
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
class M:
    def m(self):
        return 'M.m'
def call(o):
    return o.m()
m1 = M()
m2 = M()
calls = []
for i in range(3):
    calls.append(call(m1))
m2.other = 1
m2.m = lambda: 'shadow'
calls.append(call(m2))
calls.append(call(m1))
M.m = lambda self: 'new M.m'
calls.append(call(m1))
del m2.m
calls.append(call(m2))
m1.__dict__['m'] = lambda: 'dict shadow'
calls.append(call(m1))
calls.append(call(M()))
lst = [3, 1, 2]
def sort_it(x):
    x.sort()
    return x
for i in range(3):
    calls.append(sort_it(lst))
print(calls)

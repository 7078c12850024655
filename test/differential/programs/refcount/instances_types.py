# instances reference their (heap) class; instance attributes and the instance's own refcount
import sys
class C:
    pass
base = sys.getrefcount(C)
objs = [C() for _ in range(5)]
print(sys.getrefcount(C) - base)
del objs
print(sys.getrefcount(C) - base)
o = C()
print(sys.getrefcount(o))
o.me = o
print(sys.getrefcount(o))
del o.me
print(sys.getrefcount(o))
p = C()
p.other = o
o.other = p
print(sys.getrefcount(o), sys.getrefcount(p))
print(sys.getrefcount(C) - base)
class D(C):
    pass
print(sys.getrefcount(C) - base)

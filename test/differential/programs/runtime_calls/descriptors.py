# descriptors' __get__/__set__/__delete__ and property accessors run by attribute access
import sys
class D:
    def __get__(self, obj, owner=None):
        print('  get', sys.getrefcount(self), obj is None or sys.getrefcount(obj), owner.__name__)
        return 1
    def __set__(self, obj, value):
        print('  set', sys.getrefcount(self), sys.getrefcount(obj), sys.getrefcount(value))
    def __delete__(self, obj):
        print('  delete', sys.getrefcount(self), sys.getrefcount(obj))
class NonData:
    def __get__(self, obj, owner=None):
        print('  nd get', sys.getrefcount(self), obj is None)
        return 2
class P:
    d = D()
    nd = NonData()
    def _get(self):
        print('  prop get', sys.getrefcount(self))
        return 3
    def _set(self, v):
        print('  prop set', sys.getrefcount(self), sys.getrefcount(v))
    def _del(self):
        print('  prop del', sys.getrefcount(self))
    p = property(_get, _set, _del)
    def _q(self):
        print('  q', sys.getrefcount(self))
        return 4
    q = property(_q)
o = P()
v = [1]
print('o.d:'); print(o.d)
print('P.d:'); print(P.d)
print('o.d = v:'); o.d = v
print('del o.d:'); del o.d
print('o.nd:'); print(o.nd)
print('P.nd:'); print(P.nd)
print('getattr(o, d):'); print(getattr(o, 'd'))
print('setattr(o, d):'); setattr(o, 'd', v)
print('o.p:'); print(o.p)
print('o.p = v:'); o.p = v
print('del o.p:'); del o.p
print('o.q:'); print(o.q)
print('hasattr q:'); print(hasattr(o, 'q'))
print('method via descriptor protocol:')
class M:
    def meth(self):
        print('  meth', sys.getrefcount(self))
m = M()
m.meth()
bm = m.meth
bm()
M.meth(m)
print('staticmethod/classmethod:')
class SC:
    def s(x):
        print('  static', sys.getrefcount(x))
    s = staticmethod(s)
    def c(cls, x):
        print('  class', cls.__name__, sys.getrefcount(x))
    c = classmethod(c)
SC.s(v); SC().s(v); SC.c(v); SC().c(v)

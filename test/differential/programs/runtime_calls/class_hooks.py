# __init_subclass__, __set_name__, __class_getitem__, __new__ and metaclass calls made by the runtime
import sys
class Named:
    def __set_name__(self, owner, name):
        print('  set_name', owner.__name__, name, sys.getrefcount(self), sys.getrefcount(owner))
class Base:
    def __init_subclass__(cls, **kw):
        print('  init_subclass', cls.__name__, sorted(kw), sys.getrefcount(cls))
        super().__init_subclass__()
    def __class_getitem__(cls, item):
        print('  class_getitem', cls.__name__, sys.getrefcount(cls), sys.getrefcount(item) if isinstance(item, list) else item.__name__)
        return cls
print('class Sub:')
class Sub(Base):
    a = Named()
    b = Named()
print('class Sub2 with kw:')
class Sub2(Base, flag=True):
    pass
print('Base[int]:'); Base[int]
it = [1]
print('Sub[it]:'); Sub[it]
class WithNew:
    def __new__(cls, *args, **kw):
        print('  new', sys.getrefcount(cls), [sys.getrefcount(a) for a in args], sorted(kw))
        return super().__new__(cls)
    def __init__(self, *args, **kw):
        print('  init', sys.getrefcount(self), [sys.getrefcount(a) for a in args], sorted(kw))
print('WithNew():'); w = WithNew()
print('WithNew(it):'); w = WithNew(it)
print('WithNew(it, k=it):'); w = WithNew(it, k=it)
class Meta(type):
    def __call__(cls, *args, **kw):
        print('  meta call', cls.__name__, sys.getrefcount(cls), [sys.getrefcount(a) for a in args])
        return super().__call__(*args, **kw)
    def __new__(mcls, name, bases, ns, **kw):
        print('  meta new', name, sys.getrefcount(ns), sorted(kw))
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print('  meta init', name, sys.getrefcount(cls), sys.getrefcount(ns))
        super().__init__(name, bases, ns)
print('class WithMeta:')
class WithMeta(metaclass=Meta):
    def __init__(self, x):
        print('  init', sys.getrefcount(self), sys.getrefcount(x))
print('WithMeta(it):'); wm = WithMeta(it)
class Plain:
    def __init__(self, x, y=None):
        print('  plain init', sys.getrefcount(self), sys.getrefcount(x), y is None or sys.getrefcount(y))
print('Plain(it):'); Plain(it)
print('Plain(it, it):'); Plain(it, it)
print('Plain(it, y=it):'); Plain(it, y=it)
print('Plain(x=it):'); Plain(x=it)
print('Plain(*[it]):'); Plain(*[it])
print('Plain(**{x: it}):'); Plain(**{'x': it})

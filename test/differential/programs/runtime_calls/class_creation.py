# the calls builtins.__build_class__ makes: a metaclass's __prepare__, __mro_entries__ of a base, the class body, a custom namespace's __getitem__, super().__init__ with keywords: references they see
import sys
class NS(dict):
    def __getitem__(self, k):
        print('  ns get', k, sys.getrefcount(self))
        return super().__getitem__(k)
class Meta(type):
    def prepare(mcls, name, bases, **kw):
        print('  prepare', name, [b.__name__ for b in bases], sorted(kw), sys.getrefcount(mcls))
        return NS()
    __prepare__ = classmethod(prepare)
    def __new__(mcls, name, bases, ns, **kw):
        print('  meta new', name, type(ns).__name__, sys.getrefcount(ns), sorted(kw))
        return super().__new__(mcls, name, bases, dict(ns))
    def __init__(cls, name, bases, ns, **kw):
        print('  meta init', name, sys.getrefcount(ns))
        super().__init__(name, bases, ns)
class Proxy:
    def __init__(self, real):
        self.real = real
    def __mro_entries__(self, bases):
        print('  mro_entries', len(bases), sys.getrefcount(self), sys.getrefcount(bases))
        return (self.real,)
print('class A:')
class A(metaclass=Meta, tag=1):
    x = 1
    y = x + 1
    def m(self):
        return self.x
print(' ', A.y, type(A).__name__)
class Real:
    pass
p = Proxy(Real)
print('class B(p):')
class B(p):
    pass
print(' ', [c.__name__ for c in B.__mro__], B.__orig_bases__[0] is p)
class Base:
    def __init__(self, a, b=None):
        print('  base init', sys.getrefcount(self), sys.getrefcount(a), b is None or sys.getrefcount(b))
class Child(Base):
    def __init__(self, a):
        super().__init__(a, b=a)
        super().__init__(a=a)
v = [1]
print('Child(v):'); Child(v)
class Other:
    pass
print('class C(Other, p, Other2):')
class Other2:
    pass
class C(Other, p, Other2):
    pass
print(' ', [c.__name__ for c in C.__mro__], [type(b).__name__ for b in C.__orig_bases__])
def maker(name, bases, ns, **kw):
    print('  maker', name, len(bases), sorted(k for k in ns if not k.startswith('__')), sorted(kw), sys.getrefcount(ns))
    return 42
print('class F(metaclass=maker):')
class F(Other, metaclass=maker, extra=v):
    z = 1
print(' ', F)
class BadEntries:
    def __mro_entries__(self, bases):
        return [Other]
try:
    class G(BadEntries()):
        pass
except TypeError as e:
    print('TypeError:', e)
class BadPrep(type):
    def prep(mcls, name, bases):
        return 5
    __prepare__ = classmethod(prep)
try:
    class H(metaclass=BadPrep):
        pass
except TypeError as e:
    print('TypeError:', e)

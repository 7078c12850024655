# __call__, __getattr__, __getattribute__, __setattr__ and __delattr__ run by the runtime
import sys
class F:
    def __call__(self, *args, **kw):
        print('  call', sys.getrefcount(self), [sys.getrefcount(a) for a in args], sorted(kw))
        return 1
f = F()
arg = [1]
print('f():'); f()
print('f(arg):'); f(arg)
print('f(arg, k=arg):'); f(arg, k=arg)
print('f(*t):'); t = (arg,); f(*t)
print('f(**d):'); d = {'k': arg}; f(**d)
print('map(f):'); list(map(f, [arg]))
class G:
    def __getattr__(self, name):
        # a name built at run time is no interned str: its count is the program's (the method cache keeps one)
        print('  getattr', name, sys.getrefcount(self), sys.getrefcount(name) if name.startswith('dyn') else '')
        if name == 'missing':
            raise AttributeError(name)
        return 5
g = G()
print('g.x:'); print(g.x)
print('getattr(g, y):'); print(getattr(g, 'y'))
print('getattr default:'); print(getattr(g, 'missing', 'dflt'))
print('hasattr:'); print(hasattr(g, 'missing'), hasattr(g, 'z'))
nm = ''.join(['dyn', 'amic'])
print('getattr dynamic:'); print(getattr(g, nm))
print('again:'); print(getattr(g, nm), sys.getrefcount(nm))
class GA:
    def __getattribute__(self, name):
        print('  getattribute', name, sys.getrefcount(self))
        return object.__getattribute__(self, name)
    def m(self):
        return 'm'
ga = GA()
ga.v = 1
print('ga.v:'); print(ga.v)
print('ga.m():'); print(ga.m())
class Both:
    def __getattribute__(self, name):
        print('  getattribute', name, sys.getrefcount(self))
        raise AttributeError(name)
    def __getattr__(self, name):
        print('  getattr', name, sys.getrefcount(self))
        return 0
bo = Both()
print('bo.q:'); print(bo.q)
class SA:
    def __setattr__(self, name, value):
        print('  setattr', name, sys.getrefcount(self), sys.getrefcount(value))
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        print('  delattr', name, sys.getrefcount(self))
        object.__delattr__(self, name)
sa = SA()
val = [2]
print('sa.a = val:'); sa.a = val
print('setattr():'); setattr(sa, 'b', val)
print('del sa.a:'); del sa.a
print('delattr():'); delattr(sa, 'b')

# the interpreter's own objects' counts: the modules, their dicts and builtin functions are also held by what startup built (site, io, importlib, m_copy)
import sys, gc, builtins, weakref
print(sys.getrefcount(sys), sys.getrefcount(gc), sys.getrefcount(builtins), sys.getrefcount(weakref))
print(sys.getrefcount(print), sys.getrefcount(len), sys.getrefcount(getattr), sys.getrefcount(repr), sys.getrefcount(abs))
print(sys.getrefcount(sys.getrefcount), sys.getrefcount(sys.getsizeof), sys.getrefcount(gc.collect), sys.getrefcount(weakref.getweakrefcount))
print(sys.getrefcount(vars(sys)), sys.getrefcount(vars(builtins)), sys.getrefcount(vars(gc)), sys.getrefcount(vars(weakref)))
print(sys.getrefcount(sys.modules), sys.getrefcount(sys.stdout), sys.getrefcount(sys.stderr), sys.getrefcount(sys.version_info))
print(sys.getrefcount(sys.modules['__main__']), sys.getrefcount(globals()))
f = len
g = f
print(sys.getrefcount(len), sys.getrefcount(f))
del f, g
print(sys.getrefcount(len))

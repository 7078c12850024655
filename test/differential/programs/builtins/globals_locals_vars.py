# globals() is the module dict; locals() and vars() at module and class level are the namespace
# itself (nothing merged); vars(obj) is obj.__dict__, with its TypeErrors.
import sys
g = globals()
print(g is globals(), type(g).__name__, sys.getrefcount(g))
print(sorted(k for k in g if not k.startswith('__')))
print(locals() is g, vars() is g)
class K:
    a = 1
    print(sorted(locals()), sorted(vars()))
print(vars(K)['a'], type(vars(K)).__name__)
k = K()
k.z = 3
print(vars(k), vars(k) is k.__dict__)
try:
    vars(3)
except TypeError as e:
    print(e)
try:
    vars(1, 2)
except TypeError as e:
    print(e)
print(globals()['K'] is K, sys.getrefcount(globals()))
def f():
    return globals() is g
print(f())

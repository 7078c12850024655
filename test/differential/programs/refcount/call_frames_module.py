# refcount of an argument seen from a callee one and two Python frames deep, called from module level
import sys
def f(x):
    print('in f', sys.getrefcount(x))
    return x
def g(y):
    print('in g', sys.getrefcount(y))
    f(y)
    print('back in g', sys.getrefcount(y))
def h(*args):
    print('in h (args tuple)', sys.getrefcount(args[0]))
def k(**kw):
    print('in k (kwargs dict)', sys.getrefcount(kw['v']))
a = []
f(a)
g(a)
h(a)
k(v=a)
print('after calls', sys.getrefcount(a))
f([])
print(sys.getrefcount(f(a)))

# sys.getsizeof of functions, lambdas, closures, cells and methods
import sys
def f():
    pass
def g(a, b=1, *args, **kw):
    return a
lam = lambda: 0
print(sys.getsizeof(f), sys.getsizeof(g), sys.getsizeof(lam), sys.getsizeof(lambda x, y=2: x))
def outer():
    v = [1]
    def inner():
        return v
    return inner
clo = outer()
print(sys.getsizeof(clo), sys.getsizeof(clo.__closure__), sys.getsizeof(clo.__closure__[0]))
class K:
    def m(self):
        return 1
k = K()
print(sys.getsizeof(k.m), sys.getsizeof(K.m), sys.getsizeof([].append), sys.getsizeof(len), sys.getsizeof(print))
print(sys.getsizeof(g.__defaults__), sys.getsizeof(g.__name__), sys.getsizeof(f.__dict__))
print(f.__sizeof__(), sys.getsizeof(f) - f.__sizeof__())

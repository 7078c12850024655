# references held by *args tuples and **kwargs dicts while a call runs
import sys
def f(*args):
    return sys.getrefcount(args[0])
def g(**kwargs):
    return sys.getrefcount(kwargs['v'])
def h(x, *rest, **kw):
    return sys.getrefcount(x)
a = []
print(f(a), f(a, a), f(*[a]), f(*(a, a)))
print(g(v=a), g(**{'v': a}))
print(h(a), h(a, a), h(*[a], k=a))
def main():
    b = []
    print(f(b), f(b, b, b), g(v=b), h(b, b, z=b))
    print(sys.getrefcount(b))
main()
print(sys.getrefcount(a))

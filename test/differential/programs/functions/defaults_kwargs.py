# default arguments, keyword arguments, keyword-only, *args, **kwargs
def f(a, b=2, *args, c, d=4, **kw):
    print(a, b, args, c, d, kw)
f(1, c=3)
f(1, 5, 6, 7, c=8, e=9)
f(a=0, b=1, c=2, d=3, z=4)
def g(x, *, y=10):
    return x + y
print(g(1), g(1, y=1))
def h(*args):
    return args
print(h(), h(1), h(1, 'a', None))
def k(**kw):
    return kw
print(k(), k(one=1, two=2))
def mutable_default(item, acc=[]):
    acc.append(item)
    return acc
print(mutable_default(1), mutable_default(2), mutable_default(3, []))
print(f.__name__, g.__defaults__, g.__kwdefaults__, mutable_default.__defaults__)

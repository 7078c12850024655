# * and ** in calls, combining positional/keyword arguments
def f(a, b, c=0, *args, d=1, **kw):
    return (a, b, c, args, d, sorted(kw.items()))
print(f(1, 2))
print(f(*[1, 2, 3, 4, 5]))
print(f(1, *(2,), **{'d': 7, 'e': 8}))
print(f(**{'a': 'x', 'b': 'y'}, z=0))
args = (10, 20)
kwargs = {'c': 30, 'q': 40}
print(f(*args, *args, d=3, **{"q": 40}))
print(*'abc', sep='-')
print(max(*[3, 9, 2]), min(*'zyx'))
def g(*args, **kwargs):
    return len(args), len(kwargs)
print(g(*range(5), **dict(a=1), b=2))

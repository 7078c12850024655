# functions run by map(), filter(), and the other builtins that call back: references to the arguments
import sys
class V:
    def __init__(self, n):
        self.n = n
def f(x):
    print('  f', x.n, sys.getrefcount(x))
    return x.n
def g(x, y):
    print('  g', x.n, y.n, sys.getrefcount(x), sys.getrefcount(y))
    return x.n + y.n
def pred(x):
    print('  pred', x.n, sys.getrefcount(x))
    return x.n > 1
vs = [V(1), V(2)]
print('map:'); print(list(map(f, vs)))
print('map 2:'); print(list(map(g, vs, vs[::-1])))
print('map next:'); m = map(f, vs); print(next(m))
print('filter:'); print([v.n for v in filter(pred, vs)])
print('filter None:'); print(len(list(filter(None, vs))))
print('for over map:')
for r in map(f, vs):
    print(' ', r)
print('sum of map:'); print(sum(map(f, vs)))
print('tuple of filter:'); print(len(tuple(filter(pred, vs))))
print('any/all:'); print(any(map(pred, vs)), all(map(pred, vs)))
print('dict from map:'); print(dict(map(lambda v: (v.n, sys.getrefcount(v)), vs)))
print('sorted(map):'); print(sorted(map(f, vs)))
print('zip:'); print([(a.n, b.n) for a, b in zip(vs, vs)])
print('enumerate:'); print([(i, sys.getrefcount(v)) for i, v in enumerate(vs)])

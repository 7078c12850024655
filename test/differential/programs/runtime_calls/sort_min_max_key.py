# key= functions run by sorted/min/max/list.sort, and __lt__ run by the sort: references to the item
import sys
class K:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        print('  lt', self.v, other.v, sys.getrefcount(self), sys.getrefcount(other))
        return self.v < other.v
    def __gt__(self, other):
        print('  gt', self.v, other.v, sys.getrefcount(self), sys.getrefcount(other))
        return self.v > other.v
def key(x):
    print('  key', x.v, sys.getrefcount(x))
    return x.v
a, b, c = K(3), K(1), K(2)
items = [a, b, c]
print('sorted key:'); r = sorted(items, key=key); print([x.v for x in r])
print('sorted lt:'); r = sorted(items); print([x.v for x in r])
print('sorted reverse:'); r = sorted(items, reverse=True); print([x.v for x in r])
print('list.sort key:'); items.sort(key=key); print([x.v for x in items])
print('list.sort:'); items = [a, b, c]; items.sort(); print([x.v for x in items])
print('min:'); print(min(a, b, c).v)
print('min iterable:'); print(min(items).v)
print('max:'); print(max(a, b).v)
print('max key:'); print(max(items, key=key).v)
print('min key default:'); print(min([], key=key, default=None))
print('lambda key:'); print(min(items, key=lambda x: (print('  lam', sys.getrefcount(x)), x.v)[1]).v)
class CallKey:
    def __call__(self, x):
        print('  callkey', sys.getrefcount(self), sys.getrefcount(x))
        return x.v
ck = CallKey()
print('callable instance key:'); print(sorted(items, key=ck)[0].v)
print('bound method key:')
class Holder:
    def k(self, x):
        print('  method key', sys.getrefcount(self), sys.getrefcount(x))
        return x.v
h = Holder()
print(max(items, key=h.k).v)
print('max(*items, key=key) (the call tuple is max\'s own):'); print(max(*items, key=key).v)
print('min(*items):'); print(min(*items).v)
print('sorted(*[items], key=key):'); print([x.v for x in sorted(*[items], key=key)])

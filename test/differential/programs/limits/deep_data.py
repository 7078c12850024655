# data nested 10,000-100,000 deep: freeing (the trashcan), hashing and the cyclic GC work; repr and == hit the recursion limit
import gc
l = []
for i in range(10000):
    l = [l]
del l
t = ()
for i in range(10000):
    t = (t,)
print('hash', hash(t) == hash(t))
del t
d = {}
for i in range(10000):
    d = {1: d}
del d
s = frozenset()
for i in range(10000):
    s = frozenset([s])
del s
print('freed')
a = []
b = []
for i in range(100000):
    a = [a]
    b = [b]
try:
    repr(a)
except RecursionError as e:
    print(e)
try:
    print(a == b)
except RecursionError as e:
    print(e)
print(gc.collect())
cyc = [a]
a[0] = cyc
del a, b, cyc
print(gc.collect())

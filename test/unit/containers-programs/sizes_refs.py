# sys.getsizeof growth and reference counts of container slots.
import sys
l = []
out = []
for i in range(70):
    l.append(i)
    out.append(sys.getsizeof(l))
print(out)
while l:
    l.pop()
    out.append(sys.getsizeof(l))
print(out[70:])
print([sys.getsizeof(list(range(n))) for n in range(12)])
print([sys.getsizeof([0] * n) for n in range(12)])
print([sys.getsizeof(tuple(range(n))) for n in range(6)])
d = {}
ds = []
for i in range(90):
    d['s%d' % i] = i
    ds.append(sys.getsizeof(d))
print(ds)
d = {}
ds = []
for i in range(90):
    d[i] = i
    ds.append(sys.getsizeof(d))
print(ds)
s = set()
ss = []
for i in range(90):
    s.add(i)
    ss.append(sys.getsizeof(s))
print(ss)
print(sys.getsizeof({i: i for i in range(3)}), sys.getsizeof(dict(a=1, b=2)), sys.getsizeof({}.copy()), sys.getsizeof({1: 1}.copy()))
print(sys.getsizeof(range(3)), sys.getsizeof(iter(range(3))), sys.getsizeof(slice(1)), sys.getsizeof(enumerate([])), sys.getsizeof(zip()))
o = object()
print(sys.getrefcount(o))
l = [o, o, o]
print(sys.getrefcount(o))
t = (o,) * 4
print(sys.getrefcount(o))
d = {o: o, 'k': o}
print(sys.getrefcount(o))
s = {o}
print(sys.getrefcount(o))
for x in [o]:
    print(sys.getrefcount(o))
del l, t, d, s, x
print(sys.getrefcount(o))
e = enumerate([o])
print(sys.getrefcount(o))
p = next(e)
print(sys.getrefcount(o), p[1] is o)
del e, p
print(sys.getrefcount(o))
it = iter({o: 1}.items())
k, v = next(it)
print(sys.getrefcount(o))
del it, k, v
r = list(map(lambda z: z, [o, o]))
print(sys.getrefcount(o))
del r
print(sys.getrefcount(o))
print(id([]) == id([]), id({}) == id({}), () is (), tuple() is (), frozenset() is frozenset())
a = [1]; i = id(a); del a; b = [2]; print(id(b) == i)

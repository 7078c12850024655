# tuple/list unpacking, swaps, nested targets, unpacking from any iterable
a, b = 1, 2
a, b = b, a
print(a, b)
(c, d), e = (3, 4), 5
print(c, d, e)
[f, g] = 'xy'
print(f, g)
h, i, j = range(3)
print(h, i, j)
k, = [42]
print(k)
for x, (y, z) in [(1, (2, 3)), (4, (5, 6))]:
    print(x + y + z)
m, n = {'p': 1, 'q': 2}
print(m, n)
p = q = r = [0]
print(p is q is r)
s, t = u = (7, 8)
print(s, t, u)

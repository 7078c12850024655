# a freed dict's id is reused by the next dict (dict free list, LIFO), whatever its contents
d = {'a': 1}
i = id(d)
del d
e = {}
print(id(e) == i)
e[1] = 2
e[2] = 3
j = id(e)
del e
f = dict(x=1, y=2)
print(id(f) == j)
one = {1: 1}
two = {2: 2}
ids = (id(one), id(two))
del one
del two
p = {}
q = {}
print(id(p) == ids[1], id(q) == ids[0])
r = {k: k for k in range(10)}
rid = id(r)
del r
s = {}
print(id(s) == rid)

# tuples go to a free list per length: a freed 3-tuple is reused by the next 3-tuple, not by a 2-tuple
n = int('7')
t3 = (n, n, n)
i3 = id(t3)
del t3
t2 = (n, n)
print(id(t2) == i3)
t3b = (n, n, n)
print(id(t3b) == i3)
i2 = id(t2)
del t2
t1 = (n,)
t4 = (n, n, n, n)
t2b = (n, n)
print(id(t1) == i2, id(t4) == i2, id(t2b) == i2)
a = (n, 1)
b = (n, 2)
ia, ib = id(a), id(b)
del a
del b
c = (n, 3)
d = (n, 4)
print(id(c) == ib, id(d) == ia)
e = tuple([n, n, n, n, n])
ie = id(e)
del e
f = tuple(range(5))
print(id(f) == ie)

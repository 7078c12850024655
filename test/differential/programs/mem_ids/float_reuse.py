# a freed float goes to the float free list: the next float gets its id, an int does not
f = float('1.25')
i = id(f)
del f
g = float('2.5')
print(id(g) == i)
j = id(g)
del g
n = int('1000')
print(id(n) == j)
h = n / 4
print(id(h) == j)
half = float('0.5')
a = float('1.5')
b = float('2.5')
c = float('3.5')
ids = [id(a), id(b), id(c)]
del a, b, c
x = half * 3
y = half * 5
z = half * 7
print(id(x) == ids[2], id(y) == ids[1], id(z) == ids[0])
print(x, y, z)

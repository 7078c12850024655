# objects of different sizes share freed blocks when they round to the same 16-byte size class
x = 'x'
s = x * 100
i = id(s)
del s
t = x * 105
print(id(t) == i)
j = id(t)
del t
u = x * 200
print(id(u) == j)
v = x * 110
print(id(v) == j)
k = id(v)
del v
by = b'y'
b = by * 120
print(id(b) == k)
m = id(b)
del b
w = x * 150
print(id(w) == m)

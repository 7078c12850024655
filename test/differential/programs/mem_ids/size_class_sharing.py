# objects of different sizes share freed blocks when they round to the same 16-byte size class
x = 'x'
s = x * 100
i = id(s)
del s
t = x * 105
r1 = id(t) == i
j = id(t)
del t
u = x * 200
r2 = id(u) == j
v = x * 110
r3 = id(v) == j
k = id(v)
del v
by = b'y'
b = by * 120
r4 = id(b) == k
m = id(b)
del b
w = x * 150
r5 = id(w) == m
print('str 149 -> str 154 bytes', r1)
print('str 154 -> str 249 bytes', r2, 'then str 159 bytes', r3)
print('str 159 -> bytes 153 bytes', r4)
print('bytes 153 -> str 199 bytes', r5)

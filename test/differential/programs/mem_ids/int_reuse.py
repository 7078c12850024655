# a freed int's block is reused by the next int of the same size class; ints of other sizes use other blocks
a = int('1000')
i = id(a)
del a
b = int('2000')
r1 = id(b) == i
j = id(b)
del b
c = int('3' * 30)
r2 = id(c) == j
k = id(c)
del c
d = int('4' * 29)
r3 = id(d) == k
x = 2 ** 40
y = x + 1
yid = id(y)
del y
z = x + 2
r4 = id(z) == yid
print(r1, r2, r3, r4)
small = 5
print(id(small + 1) == id(6), id(int('6')) == id(6))

# a freed int's block is reused by the next int of the same size class; ints of other sizes use other blocks
a = int('1000')
i = id(a)
del a
b = int('2000')
print(id(b) == i)
j = id(b)
del b
c = int('3' * 30)
print(id(c) == j)
k = id(c)
del c
d = int('4' * 29)
print(id(d) == k)
x = 2 ** 40
y = x + 1
yid = id(y)
del y
z = x + 2
print(id(z) == yid)
small = 5
print(id(small + 1) == id(6), id(int('6')) == id(6))

# freed memory is reused: id([]) == id([]) and LIFO reuse after del
print(id([]) == id([]), [] is [])
print(id({}) == id({}), id(object()) == id(object()))
a = [1]
i = id(a)
del a
b = [2]
print(id(b) == i)
class C:
    pass
o = C()
j = id(o)
del o
p = C()
print(id(p) == j)
n = int('1000')
k = id(n)
del n
m = int('2000')
print(id(m) == k)
x = [1]
y = [2]
ix, iy = id(x), id(y)
del x
del y
z1 = [3]
z2 = [4]
print(id(z1) == iy, id(z2) == ix)

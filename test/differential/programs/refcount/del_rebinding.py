# del and rebinding drop references immediately; rebinding to itself keeps the count
import sys
a = []
b = a
print(sys.getrefcount(a))
b = []
print(sys.getrefcount(a))
b = a
b = b
print(sys.getrefcount(a))
container = [a]
container[0] = None
print(sys.getrefcount(a))
container[0] = a
del container[0]
print(sys.getrefcount(a))
x, y = a, a
print(sys.getrefcount(a))
x, y = y, x
print(sys.getrefcount(a))
del x, y
print(sys.getrefcount(a))
a += [1]
print(sys.getrefcount(a), sys.getrefcount(b))

# sys.getrefcount on fresh objects of several types and via from-import
import sys
from sys import getrefcount
print(sys.getrefcount([]), sys.getrefcount({}), sys.getrefcount(set()), sys.getrefcount(object()))
print(getrefcount([1, 2]), getrefcount(float('2.5')), getrefcount(int('123456')), getrefcount(str(123456)))
x = [[]]
print(getrefcount(x), getrefcount(x[0]))
inner = x[0]
print(getrefcount(inner))
print(getrefcount is sys.getrefcount)
class K:
    pass
k = K()
print(getrefcount(k), getrefcount(K()))
t = tuple([k, k])
print(getrefcount(k), getrefcount(t))

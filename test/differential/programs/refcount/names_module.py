# refcounts of a list bound to names and container slots at module level (model doc section 2)
import sys
print(sys.getrefcount([]))
a = []
print(sys.getrefcount(a))
b = a
print(sys.getrefcount(a))
l = [a, a]
print(sys.getrefcount(a))
del b
print(sys.getrefcount(a))
del l
print(sys.getrefcount(a))
c = d = e = a
print(sys.getrefcount(a))
c = None
d = 5
print(sys.getrefcount(a))
del e
print(sys.getrefcount(a))

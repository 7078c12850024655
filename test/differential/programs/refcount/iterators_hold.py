# built-in iterators (iter, enumerate, zip, reversed, map) hold references to their source
import sys
a = []
src = [a]
print(sys.getrefcount(src))
it = iter(src)
print(sys.getrefcount(src))
e = enumerate(src)
z = zip(src, src)
r = reversed(src)
print(sys.getrefcount(src))
del it, e, z, r
print(sys.getrefcount(src))
it = iter(src)
x = next(it)
print(sys.getrefcount(a))
del x
for item in it:
    pass
print(sys.getrefcount(src))
m = map(len, [a])
print(sys.getrefcount(a))
print(list(m), sys.getrefcount(a))

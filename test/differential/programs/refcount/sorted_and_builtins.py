# builtins that build new containers (sorted, list, tuple, reversed list) add one reference per slot
import sys
a = [1]
b = [2]
src = [b, a]
print(sys.getrefcount(a))
s = sorted(src)
print(sys.getrefcount(a), s[0] is a)
l = list(src)
t = tuple(src)
print(sys.getrefcount(a))
mx = max(src)
print(sys.getrefcount(b), mx is b)
del s, l, t, mx
print(sys.getrefcount(a), sys.getrefcount(b))
pairs = list(zip(src, src))
print(sys.getrefcount(a))
en = list(enumerate(src))
print(sys.getrefcount(a))

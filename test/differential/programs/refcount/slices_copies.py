# slicing, copying and repeating containers add one reference per copied slot
import sys
a = []
lst = [a, a]
print(sys.getrefcount(a))
cp = lst[:]
print(sys.getrefcount(a))
rep = lst * 3
print(sys.getrefcount(a))
tup = tuple(lst)
print(sys.getrefcount(a))
cat = lst + [a]
print(sys.getrefcount(a))
del cp, rep, tup, cat
print(sys.getrefcount(a))
lst.extend(lst)
print(sys.getrefcount(a))
lst.clear()
print(sys.getrefcount(a))
d = dict.fromkeys(range(4), a)
print(sys.getrefcount(a))
d2 = d.copy()
print(sys.getrefcount(a))

# inserting and deleting keeps using fresh entries: the dict resizes when usable entries run out, even at small len
import sys
d = {}
sizes = []
for i in range(60):
    d[i] = i
    if len(d) > 3:
        del d[i - 3]
    sizes.append(sys.getsizeof(d))
changes = [(i, sizes[i]) for i in range(1, 60) if sizes[i] != sizes[i - 1]]
print(len(d), sizes[0], changes)
d2 = dict(d)
print(sys.getsizeof(d2), sys.getsizeof(d.copy()))

# discarded set entries leave dummies: adds after removes can resize a set whose len stays small
import sys
s = set()
sizes = []
for i in range(200):
    s.add(i)
    if len(s) > 3:
        s.discard(i - 3)
    sizes.append(sys.getsizeof(s))
changes = [(i, sizes[i]) for i in range(1, 200) if sizes[i] != sizes[i - 1]]
print(len(s), sizes[0], changes)
print(sys.getsizeof(set(s)), sys.getsizeof(s.copy()))

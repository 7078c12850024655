# sys.getsizeof of dicts growing by insertion: resizes at 2/3 full; int keys use 24-byte entries
import sys
d = {}
print(0, sys.getsizeof(d))
last = sys.getsizeof(d)
for i in range(100):
    d[i] = i
    s = sys.getsizeof(d)
    if s != last:
        print(len(d), s)
        last = s
d[5] = 'overwrite'
print(len(d), sys.getsizeof(d))

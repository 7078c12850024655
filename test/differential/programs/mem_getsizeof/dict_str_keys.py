# sys.getsizeof of dicts with only str keys: unicode keys tables use 16-byte entries (no hash field)
import sys
d = {}
last = sys.getsizeof(d)
for i in range(100):
    d['key%d' % i] = i
    s = sys.getsizeof(d)
    if s != last:
        print(len(d), s)
        last = s
m = {'a': 1}
print(sys.getsizeof(m))
m[1] = 2
print(sys.getsizeof(m))

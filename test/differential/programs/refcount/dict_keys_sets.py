# references held by dict keys, set elements and frozensets; replaced values are released
import sys
k = ('tuple', 'key')
d = {k: 1}
print(sys.getrefcount(k))
d[k] = 2
print(sys.getrefcount(k))
s = {k}
print(sys.getrefcount(k))
f = frozenset([k])
print(sys.getrefcount(k))
s.discard(k)
print(sys.getrefcount(k))
v = []
d['x'] = v
d['x'] = v
print(sys.getrefcount(v))
d['x'] = None
print(sys.getrefcount(v))
def main():
    key = ('local', 'key')
    m = {key: key}
    print(sys.getrefcount(key))
    del m[key]
    print(sys.getrefcount(key))
main()

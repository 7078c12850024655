# sys.getsizeof of dicts after deletion: the table never shrinks on del/pop; clear() drops to empty
import sys
d = {i: i for i in range(20)}
print(sys.getsizeof(d))
for i in range(15):
    del d[i]
print(len(d), sys.getsizeof(d))
d.pop(15)
d.popitem()
print(len(d), sys.getsizeof(d))
for i in range(100, 110):
    d[i] = i
print(len(d), sys.getsizeof(d))
d.clear()
print(len(d), sys.getsizeof(d))
d['x'] = 1
print(sys.getsizeof(d))
e = {'a': 1, 'b': 2, 'c': 3}
del e['a']
del e['b']
del e['c']
print(len(e), sys.getsizeof(e), sys.getsizeof(dict(e)), sys.getsizeof(e.copy()))

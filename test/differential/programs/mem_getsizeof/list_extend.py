# sys.getsizeof of lists grown by extend and +=: one resize to the new length (over-allocated)
import sys
a = []
a.extend((1, 2, 3))
print(sys.getsizeof(a))
a.extend(range(10))
print(sys.getsizeof(a), len(a))
b = [1]
b += [2, 3, 4, 5, 6, 7, 8, 9]
print(sys.getsizeof(b), len(b))
c = []
c.extend(x for x in range(7))
print(sys.getsizeof(c), len(c))
d = []
d.extend('abcdefghijklmnopqrstuvwxyz')
print(sys.getsizeof(d), len(d))
e = [0, 1]
e.extend(e)
print(sys.getsizeof(e), len(e))
f = []
f.extend([])
print(sys.getsizeof(f))
f.insert(0, 'x')
print(sys.getsizeof(f))

# after a MemoryError nothing leaked: refcounts and sizes are as before; gc counts only temporaries
import sys, gc
gc.collect()
x = [1, 2, 3]
before = sys.getrefcount(x)
c0 = gc.get_count()[0]
try:
    y = [x] * 10 ** 12
except MemoryError:
    pass
first = gc.get_count()[0] - c0
rc1 = sys.getrefcount(x) - before
try:
    z = x * 10 ** 12
except MemoryError:
    second = gc.get_count()[0] - c0
print(rc1, first, second)
after = sys.getrefcount(x)
print(sys.getsizeof(x), x, after - before)
s = 'abc' + str(len(x))
rs = sys.getrefcount(s)
try:
    t = s * 10 ** 12
except MemoryError:
    print(sys.getrefcount(s) - rs, s)
print('y' in dir(), 'z' in dir(), 't' in dir())

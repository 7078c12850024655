# sys.getsizeof of frozensets: same table rules as set; the empty one is 216 too
import sys
print(sys.getsizeof(frozenset()), sys.getsizeof(frozenset([1])), sys.getsizeof(frozenset('abcd')))
for n in (5, 10, 19, 20, 100):
    print(n, sys.getsizeof(frozenset(range(n))), sys.getsizeof(set(range(n))))
f = frozenset(range(10))
print(sys.getsizeof(frozenset(f)), sys.getsizeof(f | {99}), sys.getsizeof(f.copy()))
print(frozenset(f) is f, f.copy() is f)
s = set(range(10))
print(sys.getsizeof(frozenset(s)), sys.getsizeof(s.copy()))

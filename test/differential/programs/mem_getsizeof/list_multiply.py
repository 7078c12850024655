# sys.getsizeof of repeated lists: [x] * n allocates exactly n slots
import sys
for n in (0, 1, 2, 3, 10, 100, 1000):
    print(n, sys.getsizeof([0] * n), sys.getsizeof([1, 2] * n))
a = [None] * 5
a *= 3
print(len(a), sys.getsizeof(a))
b = [1, 2, 3]
b *= 1
print(sys.getsizeof(b))
b *= 0
print(len(b), sys.getsizeof(b))
print(sys.getsizeof(3 * [7]), sys.getsizeof([[]] * 4))

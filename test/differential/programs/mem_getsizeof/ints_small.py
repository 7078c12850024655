# sys.getsizeof of small ints: one 30-bit digit (28 bytes) for zero, negatives and everything below 2**30
import sys
for n in (0, 1, -1, 5, -5, 255, 256, 257, 1000, -1000):
    print(n, sys.getsizeof(n))
print(sys.getsizeof(2**30 - 1), sys.getsizeof(-(2**30 - 1)))
x = 0
print(sys.getsizeof(x), sys.getsizeof(x + 1), sys.getsizeof(x - 1))
print(sys.getsizeof(int('7')), sys.getsizeof(int('-0')), sys.getsizeof(int(3.9)))
print((0).__sizeof__(), (1).__sizeof__(), (2**30).__sizeof__())

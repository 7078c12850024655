# sys.getsizeof of ints grows by 4 bytes per 30-bit digit, for positive and negative values alike
import sys
for k in range(0, 181, 15):
    p = 2 ** k
    print(k, sys.getsizeof(p), sys.getsizeof(-p), sys.getsizeof(p - 1))
print(sys.getsizeof(10 ** 100), sys.getsizeof(-10 ** 100))
print(sys.getsizeof(2 ** 1000))
big = 1
sizes = []
for i in range(12):
    big = big * 1000003
    sizes.append(sys.getsizeof(big))
print(sizes)

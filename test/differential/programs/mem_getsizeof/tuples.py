# sys.getsizeof of tuples: 40 bytes + 8 per item (including the GC header), however the tuple is built
import sys
for n in range(0, 8):
    print(n, sys.getsizeof(tuple(range(n))))
print(sys.getsizeof((1,)), sys.getsizeof((1, 2)), sys.getsizeof((1, 2, 3)), sys.getsizeof(((1, 2), (3, 4))))
x = 5
print(sys.getsizeof((x,)), sys.getsizeof((x, x)), sys.getsizeof((x,) * 10), sys.getsizeof((x, x) + (x,)))
print(sys.getsizeof(tuple([1, 2, 3, 4])), sys.getsizeof(tuple('abcdefgh')), sys.getsizeof(tuple(i for i in range(9))))
print(sys.getsizeof(tuple(range(100))), sys.getsizeof(tuple(range(1000))))
print(sys.getsizeof((1, 2, 3)[1:]), sys.getsizeof(divmod(7, 2)), sys.getsizeof(tuple()))
print((1, 2).__sizeof__(), sys.getsizeof((1, 2)) - (1, 2).__sizeof__())

# Chapter 5 — the memory pool (pymalloc). Requests of at most 512 bytes are
# served from 16 KiB pools inside 1 MiB arenas; a freed block is reused first
# by the next request of the same size class (LIFO).
import sys

print(sys.getsizeof([]), sys.getsizeof(()), sys.getsizeof({}), sys.getsizeof(0), sys.getsizeof(1.5))
a = [1]
i = id(a)
del a                      # the list goes back to the list free list
b = [2]
print(id(b) == i)          # True: the next list takes the same memory


class C:
    pass


o = C()
j = id(o)
del o                      # the block goes back to its pool's free list
o2 = C()
print(id(o2) == j)         # True: LIFO reuse of the same block
n = int('1000')
k = id(n)
del n
m = int('1001')
print(id(m) == k)          # True: ints of the same size share a size class
big = 'x' * 1000           # 1049 bytes: too big for pymalloc, served by malloc
print(sys.getsizeof(big))

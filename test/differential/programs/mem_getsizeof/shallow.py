# sys.getsizeof is shallow: a container's size ignores the size of what it refers to
import sys
small = [1]
big = [list(range(1000))]
print(sys.getsizeof(small) == sys.getsizeof(big))
print(sys.getsizeof((1,)) == sys.getsizeof(('x' * 10000,)))
print(sys.getsizeof({1: 2}) == sys.getsizeof({1: 'y' * 10000}))
t = (big, big, big)
print(sys.getsizeof(t), sys.getsizeof((0, 0, 0)))
def deep(o):
    if isinstance(o, list):
        return sys.getsizeof(o) + sum(deep(x) for x in o)
    return sys.getsizeof(o)
print(deep([[1, 2], [3, [4, 5]]]), deep([1, 2]))

# sys.getsizeof of range objects and iterators: fixed sizes whatever they cover
import sys
print(sys.getsizeof(range(0)), sys.getsizeof(range(10)), sys.getsizeof(range(1, 100, 7)), sys.getsizeof(range(10 ** 30)))
print(sys.getsizeof(iter(range(5))), sys.getsizeof(iter(range(10 ** 30))))
print(sys.getsizeof(iter([1, 2])), sys.getsizeof(iter((1, 2))), sys.getsizeof(iter('ab')), sys.getsizeof(iter({1: 2})))
print(sys.getsizeof(reversed([1, 2])), sys.getsizeof(enumerate([])), sys.getsizeof(zip([], [])), sys.getsizeof(map(abs, [])))
print(sys.getsizeof({}.keys()), sys.getsizeof({}.values()), sys.getsizeof({}.items()))
print(sys.getsizeof(slice(1, 2)), sys.getsizeof(slice(None)))

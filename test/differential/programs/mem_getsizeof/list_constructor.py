# sys.getsizeof of list(...): exact size from a sized iterable, over-allocated from an iterator
import sys
print(sys.getsizeof(list()), sys.getsizeof(list(())), sys.getsizeof(list([])))
print(sys.getsizeof(list(range(10))), sys.getsizeof(list((1, 2, 3))), sys.getsizeof(list('abcde')))
print(sys.getsizeof(list([1, 2, 3, 4, 5, 6, 7])), sys.getsizeof(list({1: 2, 3: 4})))
print(sys.getsizeof(list(x for x in range(10))), sys.getsizeof(list(iter([1, 2, 3]))))
print(sys.getsizeof(list(map(abs, [1, 2, 3]))), sys.getsizeof(list(zip('ab', 'cd'))))
print(sys.getsizeof(list(range(100))), sys.getsizeof(list(range(1000))))
print(sys.getsizeof(sorted([3, 1, 2])), sys.getsizeof(sorted(range(10))), sys.getsizeof(sorted('hello')))
print(sys.getsizeof(list(reversed([1, 2, 3]))), sys.getsizeof(list(enumerate('abc'))))

# sys.getsizeof of list displays: exact slots for 0-2 items or non-constants; 3+ constants extend from a tuple
import sys
print(sys.getsizeof([]), sys.getsizeof([1]), sys.getsizeof([1, 2]), sys.getsizeof([1, 2, 3]))
print(sys.getsizeof([1, 2, 3, 4, 5]), sys.getsizeof([None] * 0), sys.getsizeof([[], [], []]))
x = 'a'
print(sys.getsizeof([x, x, x, x, x, x, x, x, x, x]))
print(sys.getsizeof([x, [x, [x]]]), sys.getsizeof([[x] * 100]))
print(sys.getsizeof(['long string ' * 50]), sys.getsizeof([2 ** 200]))
print(sys.getsizeof([*'abc']), sys.getsizeof([*range(5), *range(3)]))
print([].__sizeof__(), [1, 2].__sizeof__(), sys.getsizeof([1, 2]) - [1, 2].__sizeof__())

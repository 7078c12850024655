# sys.getsizeof of set displays, set() of iterables and set comprehensions
import sys
x = 1
print(sys.getsizeof({x}), sys.getsizeof({x, 2}), sys.getsizeof({1, 2, 3}), sys.getsizeof({1, 2, 3, 4, 5}))
print(sys.getsizeof({'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'}))
for n in (0, 4, 5, 8, 10, 19, 20, 50):
    print(n, sys.getsizeof(set(range(n))), sys.getsizeof({i for i in range(n)}))
print(sys.getsizeof(set('mississippi')), sys.getsizeof(set([1, 1, 1, 1, 1, 1, 1])))
print(sys.getsizeof({1, 2} | {3, 4}), sys.getsizeof({1, 2, 3} & {2}), sys.getsizeof(set(range(10)) - {1}))
print(set().__sizeof__(), sys.getsizeof(set()) - set().__sizeof__())

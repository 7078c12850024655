# sys.getsizeof of dicts built by literal, dict(), dict comprehension, fromkeys and copy
import sys
print(sys.getsizeof({}), sys.getsizeof(dict()), sys.getsizeof({1: 2}), sys.getsizeof({'a': 1}))
print(sys.getsizeof({'a': 1, 'b': 2, 'c': 3, 'd': 4, 'e': 5, 'f': 6}))
print(sys.getsizeof({1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6}))
print(sys.getsizeof(dict(a=1, b=2)), sys.getsizeof(dict([(1, 2), (3, 4)])), sys.getsizeof(dict(zip('abc', 'xyz'))))
for n in (1, 5, 6, 10, 11, 21, 22, 50):
    print(n, sys.getsizeof({i: None for i in range(n)}), sys.getsizeof(dict.fromkeys(range(n))))
big = {i: i for i in range(30)}
print(sys.getsizeof(big), sys.getsizeof(big.copy()), sys.getsizeof(dict(big)))
print(sys.getsizeof({**big}), sys.getsizeof({'k%d' % i: i for i in range(30)}))

# sys.getsizeof of list comprehension results: built by LIST_APPEND, so sized like append-grown lists
import sys
for n in (0, 1, 4, 5, 8, 9, 16, 17, 25, 26, 100):
    print(n, sys.getsizeof([i for i in range(n)]))
print(sys.getsizeof([c for c in 'hello']), sys.getsizeof([i for i in range(20) if i % 2]))
print(sys.getsizeof([[j for j in range(3)] for i in range(2)][0]))
appended = []
for i in range(26):
    appended.append(i)
print(sys.getsizeof(appended) == sys.getsizeof([i for i in range(26)]))

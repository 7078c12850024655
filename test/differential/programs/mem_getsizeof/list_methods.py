# sys.getsizeof after list methods that do not change the length (sort, reverse) or clear the list
import sys
a = [5, 3, 1, 4, 2]
s0 = sys.getsizeof(a)
a.sort()
a.reverse()
print(s0, sys.getsizeof(a))
a.clear()
print(sys.getsizeof(a), len(a))
b = list(range(20))
b.remove(0)
print(sys.getsizeof(b), len(b))
b.pop(0)
print(sys.getsizeof(b), len(b))
b.insert(0, -1)
print(sys.getsizeof(b), len(b))
c = [1, 2, 3]
c[1] = 'replaced'
c[0:2] = ['x', 'y']
print(sys.getsizeof(c))
c[0:1] = ['p', 'q', 'r']
print(sys.getsizeof(c), len(c))

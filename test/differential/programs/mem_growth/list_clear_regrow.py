# clear() frees the item array (back to 56 bytes); regrowing follows the append sequence from zero
import sys
lst = list(range(50))
print(sys.getsizeof(lst))
lst.clear()
print(sys.getsizeof(lst))
for i in range(10):
    lst.append(i)
print(sys.getsizeof(lst))
lst[:] = range(50)
print(sys.getsizeof(lst))
del lst[:]
print(sys.getsizeof(lst))
lst += range(5)
print(sys.getsizeof(lst))

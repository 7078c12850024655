# deleting and assigning slices resizes the item array like append/pop: shrink below half, grow with over-allocation
import sys
lst = list(range(100))
print(sys.getsizeof(lst))
del lst[60:]
print(len(lst), sys.getsizeof(lst))
del lst[:20]
print(len(lst), sys.getsizeof(lst))
lst[5:5] = list(range(30))
print(len(lst), sys.getsizeof(lst))
lst[:] = []
print(len(lst), sys.getsizeof(lst))
lst[:] = list(range(10))
print(len(lst), sys.getsizeof(lst))
del lst[::2]
print(len(lst), sys.getsizeof(lst))
lst *= 20
print(len(lst), sys.getsizeof(lst))

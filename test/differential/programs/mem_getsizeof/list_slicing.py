# sys.getsizeof of slices and copies: a new list of exactly the slice length
import sys
base = list(range(100))
print(sys.getsizeof(base))
print(sys.getsizeof(base[:]), sys.getsizeof(base[10:20]), sys.getsizeof(base[::2]), sys.getsizeof(base[::-1]))
print(sys.getsizeof(base[5:5]), sys.getsizeof(base[-3:]), sys.getsizeof(base.copy()))
grown = []
for i in range(10):
    grown.append(i)
print(sys.getsizeof(grown), sys.getsizeof(grown[:]), sys.getsizeof(grown.copy()), sys.getsizeof(list(grown)))
print(sys.getsizeof(grown + grown), sys.getsizeof(grown + []), sys.getsizeof([] + []))
del base[50:]
print(len(base), sys.getsizeof(base))
base[10:20] = []
print(len(base), sys.getsizeof(base))

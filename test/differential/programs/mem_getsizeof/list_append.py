# sys.getsizeof of lists grown by append: capacity jumps as list_resize over-allocates
import sys
lst = []
seen = [sys.getsizeof(lst)]
for i in range(100):
    lst.append(i)
    s = sys.getsizeof(lst)
    if s != seen[-1]:
        seen.append(s)
        print(len(lst), s)
print(seen)
a = [1, 2, 3]
a.append(4)
print(sys.getsizeof(a), len(a))
b = [0] * 8
b.append(0)
print(sys.getsizeof(b), len(b))

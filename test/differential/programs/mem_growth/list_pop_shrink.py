# popping shrinks a list's allocation only when fewer than half its slots are used
import sys
lst = list(range(100))
print(len(lst), sys.getsizeof(lst))
last = sys.getsizeof(lst)
while lst:
    lst.pop()
    s = sys.getsizeof(lst)
    if s != last:
        print(len(lst), s)
        last = s
print(sys.getsizeof(lst))
lst.append(1)
print(sys.getsizeof(lst))

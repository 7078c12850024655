# list capacity while appending 0..200: list_resize over-allocates newsize + newsize/8 + 6, rounded down to 4
import sys
lst = []
caps = []
for i in range(200):
    lst.append(i)
    cap = (sys.getsizeof(lst) - 56) // 8
    if not caps or caps[-1] != cap:
        caps.append(cap)
print(caps)
print([(sys.getsizeof(lst[:n]) - 56) // 8 for n in (0, 1, 7, 8)])

# a list grown by append then popped retraces different sizes: shrinking uses the same formula from the new length
import sys
lst = []
for i in range(64):
    lst.append(i)
up = sys.getsizeof(lst)
down = []
while len(lst) > 2:
    lst.pop(0)
    down.append(sys.getsizeof(lst))
seen = []
for s in down:
    if s not in seen:
        seen.append(s)
print(up, seen)

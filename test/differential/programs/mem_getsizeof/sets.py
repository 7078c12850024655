# sys.getsizeof of sets: 216 with the 8-slot smalltable, then the table quadruples at 3/5 full
import sys
s = set()
last = sys.getsizeof(s)
print(0, last)
for i in range(300):
    s.add(i)
    n = sys.getsizeof(s)
    if n != last:
        print(len(s), n)
        last = n
s.add(0)
print(sys.getsizeof(s))
for i in range(290):
    s.discard(i)
print(len(s), sys.getsizeof(s))
s.clear()
print(len(s), sys.getsizeof(s))

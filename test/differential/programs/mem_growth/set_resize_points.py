# set resize points: the table grows x4 when fill*5 >= mask*3 (8, 32, 128, ... slots)
import sys
s = set()
last = sys.getsizeof(s)
points = []
for i in range(5000):
    s.add(i)
    n = sys.getsizeof(s)
    if n != last:
        points.append((len(s), n))
        last = n
print(points)

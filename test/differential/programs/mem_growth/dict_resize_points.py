# dict resize points: the keys table doubles (GROWTH_RATE = used * 3) when 2/3 of its slots are taken
import sys
d = {}
last = sys.getsizeof(d)
points = []
for i in range(3000):
    d[i] = None
    s = sys.getsizeof(d)
    if s != last:
        points.append((len(d), s))
        last = s
print(points)

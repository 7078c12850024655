# tuple methods count/index and tuple use as immutable record
t = (3, 1, 3, 2, 3)
print(t.count(3), t.count(9), t.index(3), t.index(3, 1), t.index(2))
try:
    t.index(42)
except ValueError as e:
    print('ValueError:', e)
point = (2, 5)
x, y = point
print(x * y, point + (0,), point * 2, sorted(t), min(t), max(t))
print(tuple(sorted(t)), tuple(reversed(t)), t[::-2])
try:
    point[0] = 1
except TypeError as e:
    print('TypeError:', e)

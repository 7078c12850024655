# starred assignment targets in various positions
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = 'abcd'
print(init, last)
a, *mid, z = range(6)
print(a, mid, z)
x, *y = (9,)
print(x, y)
(p, *q), r = [1, 2, 3], 4
print(p, q, r)
for head, *tail in [(1, 2, 3), (4,)]:
    print(head, tail)
*everything, = {5: 'a', 6: 'b'}
print(everything)

# range objects: len, indexing, slicing, membership, reversed, repr, equality
r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[1:3], 5 in r, 6 in r)
print(list(range(5, 0, -2)), list(range(0)), list(range(3, 3)), len(range(0, 10, -1)))
print(list(reversed(range(4))), range(0, 3) == range(3), r.index(11), r.count(5))
print(range(10)[::-1], range(1, 10, 2)[::2], repr(range(0, 5, 1)))
print(sum(range(1000001)), len(range(-5, 10 ** 6)), (10 ** 20) in range(-5, 10 ** 21))

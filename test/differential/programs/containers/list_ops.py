# list indexing, slicing, slice assignment, deletion, concatenation, repetition, comparison
a = [0, 1, 2, 3, 4, 5]
print(a[2], a[-1], a[1:4], a[::2], a[::-1], a[4:1:-1], a[-2:])
a[0] = 'zero'
a[1:3] = ['x', 'y', 'z']
print(a)
a[::2] = [None] * 4
print(a)
del a[0]
del a[1:3]
print(a, len(a))
del a[::2]
print(a)
print([1, 2] + [3], [0] * 3, [[]] * 2, [1, 2] == [1, 2], [1, 2] < [1, 3], [2] > [1, 9])
b = [3, 1, 2]
b += [4]
b *= 2
print(b, 3 in b, 9 not in b)
nested = [[0] * 2 for _ in range(2)]
nested[0][1] = 5
print(nested)

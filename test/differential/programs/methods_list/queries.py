# list methods: index (with start/stop), count, copy, and list equality after copy
a = ['x', 'y', 'x', 'z', 'x']
print(a.index('x'), a.index('x', 1), a.index('x', 3), a.index('z', 0, 4))
print(a.count('x'), a.count('q'), [1, 1.0, True].count(1), [[1], [1]].count([1]))
b = a.copy()
print(b == a, b is a, b[0] is a[0])
b.append('new')
print(len(a), len(b))
nested = [[1, 2], [3]]
shallow = nested.copy()
shallow[0].append(99)
print(nested, shallow)
print(list.index([5, 6, 7], 7), list.count([1, 2, 1], 1))
print([] == [], [1, [2, [3]]] == [1, [2, [3]]], [1, 2] != [2, 1])

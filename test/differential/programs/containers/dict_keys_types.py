# dict keys of mixed hashable types: ints, strs, tuples, frozensets, None, bools and floats equal to ints
d = {}
d[1] = 'int'
d['1'] = 'str'
d[(1,)] = 'tuple'
d[frozenset([1])] = 'frozenset'
d[None] = 'none'
d[2.0] = 'float'
print(d)
print(d[2], d[True], d[1.0], d[(1,)], d[frozenset({1})])
print(len(d), 2 in d, '2' in d, (1,) in d, 1.5 in d)
d[True] = 'bool overwrites int value but keeps the key'
print(d[1], list(d)[0])
counts = {}
for word in 'the cat and the hat and the bat'.split():
    counts[word] = counts.get(word, 0) + 1
print(counts)
inverse = {}
for k, v in counts.items():
    inverse.setdefault(v, []).append(k)
print(inverse)

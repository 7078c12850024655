# list/tuple/dict/set displays, nesting, trailing commas, empty forms
print([], (), {}, set())
print([1, 2, 3,], (1,), (1, 2), 1, )
print({'a': 1, 'b': 2}, {1, 2, 3})
print([[1, [2, [3]]], (4, (5,))])
print({'k': [1, 2], 'j': {'n': None}})
print({1: 'a', 1: 'b'}, {1, 1, 2, 2})
print({True: 'x', 1: 'y'})
t = 1, 2, 3
print(t, type(t).__name__)
print(len({}), len([[]]), len(((),)))

# len, sorted, reversed, enumerate, zip, map, filter, sum, min, max, any, all
data = [5, 3, 8, 1]
print(len(data), sorted(data), sorted(data, reverse=True), list(reversed(data)))
print(list(enumerate('ab')), list(enumerate(data, 10)))
print(list(zip('abc', [1, 2, 3], (True, False, None))), list(zip([1, 2], 'xyz')), list(zip()))
print(list(map(str, data)), list(map(lambda a, b: a * b, [1, 2], [3, 4, 5])))
print(list(filter(None, [0, 1, '', 'a', None, [], [0]])), list(filter(lambda x: x > 2, data)))
print(sum(data), sum(data, 100), sum([[1], [2]], []), sum([0.5, 0.25]))
print(min(data), max(data), min('b', 'a'), max([], default='empty'), min([3, 1], key=lambda v: -v))
print(any([]), all([]), any([0, None]), all([1, 'x']), any(x > 7 for x in data))
print(sorted(['b', 'A', 'c']), sorted(['b', 'A', 'c'], key=str.lower))
print(list(reversed((1, 2, 3))), list(reversed('ab')), sorted({3: 'x', 1: 'y'}))
print(type(zip()).__name__, type(map(str, [])).__name__, type(enumerate([])).__name__)

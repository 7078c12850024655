# set and frozenset operators and membership using small ints (deterministic order)
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, a ^ b)
print(a <= {1, 2, 3, 4, 5}, b < b, {3} < b, a >= {1}, a.isdisjoint({9}))
a.add(9)
a.discard(1)
a.remove(2)
print(a, len(a), 9 in a, 1 in a)
f = frozenset([1, 2, 2])
print(f, len(f), f | {3}, type(f | {3}).__name__, {3} | f)
print(set(), frozenset(), set([3, 3, 1]), set(range(5)))
s = {1, 2}
s |= {3}
s &= {2, 3}
s -= {2}
print(s)
print({frozenset({1}): 'x'}[frozenset([1])])
print(sorted({'pear', 'apple', 'fig'}))

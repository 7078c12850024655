# set methods: union, intersection, difference, symmetric_difference, issubset, issuperset, isdisjoint, copy
a = {1, 2, 3}
b = {2, 3, 4}
print(a.union(b), a.union([9], (8,)), a.intersection(b, {3}), a.difference(b), a.symmetric_difference(b))
print(a.issubset({1, 2, 3, 4}), a.issuperset({1}), a.isdisjoint({7, 8}), a.isdisjoint(b))
c = a.copy()
c.add(0)
print(a, c, c is a)
f = frozenset(range(5))
print(f.union({10}), f.intersection([1, 2, 20]), f.issuperset(a), type(f.copy()).__name__)
print(f.copy() is f, frozenset(f) is f, set(f) == f, {1, 2} == frozenset([2, 1]))
print(len(a | b), sorted(a ^ b), 2 in a & b, {x * 2 for x in a})

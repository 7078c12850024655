# lambda expressions: defaults, closures, as sort keys, immediately called
sq = lambda x: x * x
add = lambda a, b=10: a + b
print(sq(7), add(1), add(1, 2), (lambda: 'called')())
pairs = [(3, 'c'), (1, 'a'), (2, 'b')]
print(sorted(pairs, key=lambda p: p[1], reverse=True))
print(list(map(lambda x: x + 1, [1, 2, 3])))
print(list(filter(lambda x: x % 2, range(8))))
make = lambda n: lambda x: x * n
triple = make(3)
print(triple(5), make(2)(2))
print(sq.__name__, (lambda *a, **k: (a, k))(1, z=2))
print(sorted(['bb', 'a', 'ccc'], key=len), max([1, -7, 3], key=abs))

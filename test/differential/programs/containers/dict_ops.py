# dict insertion order, update, delete, membership, iteration views, equality
d = {'b': 1, 'a': 2}
d['c'] = 3
d['b'] = 10
print(d, len(d), 'a' in d, 'z' not in d)
del d['a']
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()))
d['a'] = 0
print(d)
for k in d:
    print(k, d[k])
for k, v in d.items():
    print(k, '=', v)
print({1: 2} == {1: 2}, {1: 2, 3: 4} == {3: 4, 1: 2}, {} == dict())
print(dict(x=1, y=2), dict([('p', 1), ('q', 2)]), dict({'m': 1}, n=2))
e = {}
e[1] = 'int'
e[1.0] = 'float'
e[True] = 'bool'
print(e)
print({i: i * i for i in range(4)})
print(dict.fromkeys('ab', 0))

# Dict insertion order, deletes, resizes, popitem, views.
d = {}
for i in range(100):
    d[i * 7 % 101] = i
for i in range(0, 100, 2):
    del d[i * 7 % 101]
for i in range(5):
    d[1000 + i] = i
print(list(d.items())[:10], len(d))
print(d.popitem(), d.popitem(), len(d))
d = {'b': 1, 'a': 2}
d['c'] = 3; del d['b']; d['b'] = 4
print(d, list(d), list(reversed(d)), list(reversed(d.items())))
d2 = dict([('x', 1), ('y', 2)], z=3)
print(d2, dict(d2) == d2, dict(zip('abc', range(3))), {**d2, 'w': 0})
print({1: 'a', 1.0: 'b', True: 'c'})
d3 = {}
d3.setdefault('l', []).append(1)
d3.setdefault('l', []).append(2)
print(d3, d3.get('l'), d3.get('m', 'dflt'), d3.pop('m', None))
ks = {1: 1, 2: 2, 3: 3}.keys()
print(ks, ks & {2, 3, 4}, ks | {9}, ks - {1}, ks ^ {1, 5}, {1: 2}.items() == {(1, 2)})
print({'a': 1}.values(), list({'a': 1, 'b': 2}.values()))
d = {i: i for i in range(10)}
d.update({i: -i for i in range(5, 15)})
print(d)
d = dict.fromkeys(['x', 'y'], [])
print(d, d['x'] is d['y'])
d = {'a': [1]}
d['self'] = d
print(d)
c = {}
for w in 'the quick brown fox jumps over the lazy dog the end'.split():
    c[w] = c.get(w, 0) + 1
print(c, sorted(c.items(), key=lambda kv: (-kv[1], kv[0])))
try:
    for k in c:
        c['new'] = 1
except RuntimeError as e:
    print('RuntimeError', e)
print({(1, 2): 'tuple key', frozenset([1]): 'fs'}[(1, 2)])

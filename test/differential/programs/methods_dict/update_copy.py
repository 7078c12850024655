# dict update (dict, pairs, kwargs), copy, clear, fromkeys, | and |= merge operators
d = {'x': 1}
d.update({'y': 2})
d.update([('z', 3), ('x', 10)])
d.update(w=4)
print(d)
c = d.copy()
c['x'] = 'changed'
print(d['x'], c['x'], c is d)
e = dict.fromkeys(['p', 'q'])
f = dict.fromkeys(range(3), 'v')
print(e, f)
print(d | {'x': 0, 'new': 5})
g = {'k': 1}
g |= {'k': 2, 'm': 3}
print(g)
g.clear()
print(g, len(g))
nested = {'inner': [1]}
shallow = nested.copy()
shallow['inner'].append(2)
print(nested)
print(dict(sorted({'b': 1, 'a': 2}.items())), {k: v for k, v in zip('ab', 'xy')})

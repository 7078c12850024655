# dict methods: get, setdefault, pop with default, popitem (LIFO), keys/values/items views
d = {'a': 1, 'b': 2, 'c': 3}
print(d.get('a'), d.get('z'), d.get('z', 0))
print(d.setdefault('a', 100), d.setdefault('new', []), d)
d['new'].append(1)
print(d.pop('b'), d.pop('missing', 'dflt'), d)
print(d.popitem(), d.popitem(), d)
keys = d.keys()
vals = d.values()
items = d.items()
d['late'] = 9
print(keys, vals, items)
print(len(keys), 'late' in keys, 9 in vals, ('a', 1) in items)
print(list(keys)[::-1], sorted(vals))
print(keys & {'a', 'q'}, keys - {'a'})

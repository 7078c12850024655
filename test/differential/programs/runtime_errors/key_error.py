# KeyError shows the repr of the missing key
d = {'a': 1}
print(d['a'])
print(d.get('b'), 'b' in d)
print(d['b'])

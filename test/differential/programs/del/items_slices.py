# del of list items, slices, dict keys, and extended slices
a = list(range(10))
del a[0]
del a[-1]
print(a)
del a[2:4]
print(a)
del a[::3]
print(a)
del a[:]
print(a)
d = {'a': 1, 'b': 2, 'c': 3}
del d['b']
print(d)
try:
    del d['zz']
except KeyError as e:
    print('KeyError', e)
nested = {'outer': {'inner': 1, 'keep': 2}}
del nested['outer']['inner']
print(nested)
m = [[1, 2], [3, 4]]
del m[0][1], m[1]
print(m)

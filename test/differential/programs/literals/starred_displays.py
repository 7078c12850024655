# starred items in list/tuple/set displays and ** in dict displays
a = [1, 2]
b = (3, 4)
print([*a, *b, 5])
print((*a, *b))
print({*a, *b, 1})
d1 = {'x': 1}
d2 = {'y': 2, 'x': 9}
print({**d1, **d2})
print({**d2, **d1, 'z': 0})
print([*range(3), *'ab'])
print(*a, *b)
print([*[]], (*(),))

# if/elif/else chains, truthiness of various values, conditional expressions, and/or results
for v in [0, 1, -3, 15, 100]:
    if v < 0:
        print(v, 'negative')
    elif v == 0:
        print(v, 'zero')
    elif v < 10:
        print(v, 'small')
    else:
        print(v, 'large')
for v in [[], [0], '', 'a', None, 0.0, {}, {0: 0}]:
    print(repr(v), 'truthy' if v else 'falsy')
print(0 or 'default', 'x' or 'y', [] and 1, 3 and 4, None or 0 or '', 1 and 0 or 5)
print(not 1, not not [1], (1 if 0 else 2), ('a' if 'b' else 'c'))
x = 7
if x:
    pass
print('after pass')

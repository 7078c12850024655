# free lists are stacks: objects freed a, b, c come back c, b, a for lists, dicts, floats and tuples
def check(make):
    a = make()
    b = make()
    c = make()
    ids = [id(a), id(b), id(c)]
    del a
    del b
    del c
    x = make()
    y = make()
    z = make()
    return [id(x) == ids[2], id(y) == ids[1], id(z) == ids[0]]
print(check(lambda: [0]))
print(check(lambda: {'k': 0}))
seven = float('7')
print(check(lambda: seven * 2))
print(check(lambda: (seven, seven)))
print(check(lambda: (seven, seven, seven, seven, seven, seven)))

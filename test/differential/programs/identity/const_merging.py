# equal constants in one compilation unit are merged (same object), in module and functions
a = 1000
b = 1000
print(a is b)
c = 1000.5
d = 1000.5
print(c is d)
e = (1, 2, 3)
f = (1, 2, 3)
print(e is f)
g = 'hello world!'
h = 'hello world!'
print(g is h)
i = b'bytes const'
j = b'bytes const'
print(i is j)
def f1():
    return 1000
def f2():
    return 1000
print(f1() is f2(), f1() is a)
def f3():
    x = 'hello world!'
    y = 'hello world!'
    return x is y, x is g
print(f3())
def f4():
    return (1, 2, 3)
print(f4() is e, f4() is f4())

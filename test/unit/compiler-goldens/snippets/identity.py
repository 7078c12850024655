a = 1000
def f():
    return 1000
def g():
    x = 1000
    return x
# ---
a = 'hello world'
b = 'hello world'
def f():
    return 'hello world'
# ---
a = 'hello'
def f():
    return 'hello'
# ---
a = 1.5
b = 1.5
c = 1
d = 1.0
e = True
# ---
a = (1, 2, 3)
b = (1, 2, 3)
def f():
    return (1, 2, 3)
# ---
a = 0
b = 0.0
c = -0.0
d = False
e = 0j
# ---
a = (1, (2, 3))
b = (2, 3)
# ---
a = (2, 3)
b = (1, (2, 3))
# ---
x = 1 in {1, 2, 3}
y = 2 in {1, 2, 3}
z = {1, 2, 3}
# ---
x = a in (1, 2, 3)
y = a in [1, 2, 3]
z = (1, 2, 3)
# ---
def f():
    return 1000
def g():
    return 1000
def h():
    return 2000
# ---
def f(a=(1, 2)):
    return (1, 2)
# ---
def f():
    return ('x',)
def g():
    return x
# ---
def f(x=1):
    pass
def g(x=1, y=2):
    pass
# ---
x = 10 ** 3
y = 1000
# ---
x = 'ab' * 3
y = 'ababab'
# ---
x = {'a': 1, 'b': 2}
y = ('a', 'b')
# ---
f(a=1, b=2)
g(a=3, b=4)
t = ('a', 'b')
# ---
def f():
    pass
def g():
    pass
x = ()
# ---
x = [1, 2, 3]
y = (1, 2, 3)
# ---
x = {1, 2, 3}
y = frozenset()
# ---
a = 2 ** 62
b = 4611686018427387904
# ---
a = 'x' + 'y'
b = 'xy'
c = 'x'
# ---
s = "a b"
t = "a b"
u = "a" " b"
# ---
x = (1000, 1000.0, '1000')
y = 1000

x = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32]
# ---
x = [a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r, s, t, u, v, w, x, y, z, a1, b1, c1, d1, e1, f1]
# ---
x = {a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8, i: 9, j: 10, k: 11, l: 12, m: 13, n: 14, o: 15, p: 16, q: 17}
# ---
x = {'a': a, 'b': b, 'c': c, 'd': d, 'e': e, 'f': f, 'g': g, 'h': h, 'i': i, 'j': j, 'k': k, 'l': l, 'm': m, 'n': n, 'o': o, 'p': p, 'q': q}
# ---
f(a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r, s, t, u, v, w, x, y, z, a1, b1, c1, d1, e1, f1)
# ---
o.m(a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r, s, t, u, v, w, x, y, z, a1, b1, c1, d1, e1, f1)
# ---
f(a=1, b=2, c=3, d=4, e=5, f=6, g=7, h=8, i=9, j=10, k=11, l=12, m=13, n=14, o=15, p=16)
# ---
x = f"{a}{b}{c}{d}{e}{f}{g}{h}{i}{j}{k}{l}{m}{n}{o}{p}{q}{r}{s}{t}{u}{v}{w}{x}{y}{z}{a}{b}{c}{d}{e}{f}"
# ---
x = (obj
     .attr
     .method(1))
# ---
obj.method(
    1,
    2,
)
# ---
x = (a +
     b +
     c)
# ---
def f(a):
    def g():
        a.append(1)
    return g
# ---
def f(a, b):
    def g():
        return b
    return a
# ---
def f():
    x = 1
    def g():
        nonlocal x
        del x
    return g
# ---
class C:
    def f(self):
        x = 1
        class D:
            def g(self):
                return x, __class__
        return D
# ---
def f(*args):
    def g():
        return args
    return g
# ---
def f():
    x = 1
    return [x + i for i in range(3)]
# ---
def f():
    return (x for x in range(3))
# ---
def outer():
    x = 1
    def gen():
        yield x
    return gen
# ---
def f(x):
    if x:
        pass
    elif x > 1:
        return 2
    else:
        return 3
# ---
def f(x):
    while True:
        if x:
            return 1
# ---
def f(x):
    for i in x:
        pass
    else:
        return 1
    return 2
# ---
def f():
    try:
        a()
    except E:
        pass
    else:
        return 1
    finally:
        return 2
# ---
def f():
    for i in x:
        try:
            try:
                return i
            finally:
                break
        finally:
            pass
# ---
def f():
    with a as b, c as d:
        for x in b:
            if x:
                return x
# ---
def f(x):
    return x if x else None
# ---
def f(x):
    return not x
# ---
def f(a, b):
    return a == b or a is None
# ---
def f(a, b, c):
    return a < b < c
# ---
def f(a):
    if a is None or a == 1:
        return 1
    if a is not None and a > 2:
        return 2
# ---
def f(x):
    return [y for y in x if y is not None]
# ---
def f(d):
    for k, v in d.items():
        print(k, v)
# ---
def f(a):
    a[0], a[1] = a[1], a[0]
# ---
def f(a, b, c):
    x, y, z = c, a, b
    return x
# ---
def f():
    x = y = 0
    return x
# ---
def f(lst):
    total = 0
    for item in lst:
        total += item
    return total
# ---
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
# ---
class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next
    def __repr__(self):
        return f"Node({self.value!r})"
# ---
class A:
    pass
class B(A):
    def __init__(self):
        super().__init__()
# ---
def f(**kw):
    return kw
f(**{'a': 1})
f(1, *a, 2, **b, c=3)
f(*a, *b)
f(a, *b)
# ---
print(*args, sep='')
# ---
x = y[a:b, c]
# ---
def f():
    if x:
        return
    print(1)
# ---
if a:
    if b:
        x = 1
    else:
        x = 2
# ---
x = [1, 2, *a, 3, 4, 5]
y = (1, 2, 3, *a)
z = {1, 2, 3, *a}
# ---
x = {1: 'a', **d, 2: 'b', 3: 'c'}
# ---
def f(a, b=1, *args, c, d=2, **kwargs) -> None:
    """docstring"""
    return a, b, args, c, d, kwargs
# ---
def f():
    a = 1
    b = 2
    c = 3
    return a + b + c

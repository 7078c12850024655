def f():
    pass
# ---
def f(a, b):
    return a, b
# ---
def f(a, /, b, *, c):
    return a + b + c
# ---
def f(*args, **kwargs):
    return g(*args, **kwargs)
# ---
def f(a=1, b=2):
    pass
# ---
def f(a=1000, b='x', c=(1, 2)):
    pass
# ---
def f(*, a=1, b):
    pass
# ---
def f(a: int, b: 'str' = 'x') -> bool:
    pass
# ---
def f(*a: int, **k: str):
    pass
# ---
@dec
def f():
    pass
# ---
@dec1
@dec2(arg)
def f():
    pass
# ---
@dec
class C:
    pass
# ---
def f():
    return
# ---
def f():
    return None
# ---
def f():
    return 1
# ---
def f(x):
    if x:
        return 1
    return 2
# ---
def f(x):
    if x:
        return 1
    else:
        return 2
# ---
def f(x):
    while x:
        x -= 1
    return x
# ---
def f():
    x = 1
    def g():
        nonlocal x
        x = 2
    g()
    return x
# ---
def f(a):
    def g():
        return a
    return g
# ---
def f():
    a = 1
    b = 2
    def g():
        return a + b
    def h():
        return b
    return g, h
# ---
def f():
    def g():
        def h():
            return x
        return h
    x = 1
    return g
# ---
def f(x):
    return lambda: x
# ---
def f():
    global x
    x = 1
    def g():
        return x
    return g
# ---
f = lambda: 0
g = lambda a, b=1, *c, **d: a
# ---
x = lambda: (yield)
# ---
def f():
    return f()
# ---
def f():
    """only a docstring"""
# ---
def f():
    """doc"""
    return 1
# ---
def f():
    x = 1000
    y = 1000
    return x is y
# ---
def f():
    return 1000
def g():
    return 1000
# ---
t = (None, 1000)
def f():
    return 1000
# ---
def f():
    return x
k = ('x',)
# ---
def f(a, b):
    return a(b=1)
def g():
    return h(a=2, b=3)
# ---
def f():
    print(len([]))
# ---
def f(x):
    del x
# ---
def f():
    for i in range(10):
        if i == 5:
            return i
# ---
def f():
    try:
        return 1
    finally:
        print('x')
# ---
def f():
    for x in y:
        try:
            break
        finally:
            print(x)
# ---
def f():
    for x in y:
        try:
            continue
        finally:
            print(x)
# ---
def f():
    with a:
        return 1
# ---
def f():
    for x in y:
        with a:
            break
# ---
def f():
    try:
        pass
    except E as e:
        return e
# ---
def f(a, b):
    a, b = b, a
    return a
# ---
def f(a, b, c):
    a, b, c = c, b, a
# ---
def f():
    x = [1, 2, 3]
    return x
# ---
def f(*, a):
    pass
f(a=1)
# ---
def f():
    super().m()
# ---
class C:
    def m(self):
        return super().m()
# ---
class C:
    def m(self):
        return __class__
# ---
class C(B, metaclass=M):
    pass
# ---
class C:
    __x = 1
    def m(self):
        return self.__x
# ---
class C:
    class D:
        def m(self):
            pass
# ---
def f():
    class C:
        def m(self):
            pass
    return C
# ---
class C:
    x = 1
    def m(self):
        return x
# ---
def f():
    x = 1
    class C:
        y = x
        def m(self):
            return x
    return C
# ---
def f():
    x = 1
    class C:
        x = 2
        def m(self):
            return x
# ---
def f(a, b):
    return a.m(b, *c)
# ---
def f():
    return g(a, b, c=1, **d)
# ---
import m
m.f(1)
# ---
def f():
    import m
    m.f(1)

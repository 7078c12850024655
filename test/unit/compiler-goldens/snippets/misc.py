x = '%s' % (a,)
y = '%r and %a' % (a, b)
z = '%5s|%-5s|%.2s|%5.2s' % (a, b, c, d)
# ---
x = '%d' % (a,)
y = '%s %s' % (a,)
z = '%s' % (a, b)
w = '100%% %s' % (a,)
v = '%s' % a
u = '%123s' % (a,)
# ---
x = 'é' + y
z = "ünïcode"; w = z.upper()
# ---
s = 'é'; t = s.attr
# ---
class C:
    """class doc"""
    x = 1
# ---
def f():
    'not' 'a' 'doc' + 'x'
# ---
x = 'abc' if y else 'def'
# ---
def f(a):
    return a.b.c(d).e
# ---
x = [
    1,
    2,
]
# ---
if (a and
        b):
    pass
# ---
def f():
    for x in y:
        if x:
            continue
        elif x > 1:
            break
        else:
            pass
    else:
        return 3
# ---
i = 0
while i < 10:
    i += 1
    if i % 2:
        continue
    print(i)
# ---
def f():
    x = 0
    while x < 3:
        try:
            x += 1
        except:
            continue
        finally:
            print(x)
# ---
def f():
    try:
        pass
    finally:
        return
# ---
def g():
    x = yield
    y = yield x
    yield from y
    return x + y
# ---
def f(a, b):
    return (a, b)[a > b]
# ---
def f(a):
    return a[-1], a[1:], a[::-1]
# ---
d = {}
d['k'] = d.get('k', 0) + 1
# ---
x = list(map(lambda v: v * 2, range(5)))
# ---
print(sorted([3, 1, 2], key=lambda v: -v, reverse=True))
# ---
try:
    1 / 0
except ZeroDivisionError as exc:
    print(type(exc).__name__, exc)
# ---
def f():
    raise ValueError('bad') from KeyError('k')
# ---
class Stack:
    def __init__(self):
        self.items = []
    def push(self, x):
        self.items.append(x)
    def pop(self):
        return self.items.pop()
    def __len__(self):
        return len(self.items)
s = Stack()
s.push(1)
print(len(s), s.pop())
# ---
import sys
x = []
print(sys.getrefcount(x))
# ---
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
# ---
x = 5
def f():
    print(x)
    def g():
        print(x)
    return g
# ---
class A:
    def __eq__(self, other):
        return NotImplemented
    __hash__ = None
# ---
x = a.b = c[d] = 1
# ---
a, b = c = d
# ---
for i, (a, *b) in enumerate(x):
    pass
# ---
print(f"{x=}")
print(f"{x = !r:10}")
# ---
print(f"{'nested' + f'{y}'}")
# ---
x = not (a == b)
y = not (a < b)
z = not (a in b)
# ---
if not (a is b):
    pass
# ---
x = (a for a in b if a)
# ---
def f(x, y=[]):
    y.append(x)
    return y
# ---
def f():
    return 1
    print("dead")
# ---
def f():
    while True:
        pass
    print("unreachable")
# ---
def f():
    raise E
    x = 1
# ---
x = 10
del x
# ---
def f():
    global a, b
    a, b = 1, 2
    del a
# ---
x = 1
if x is 1:
    print((1, 2)(3))
assert (x, 1)
print([1][1, 2])
# ---
a = x is 'a' or x is not ()
b = None is x is 5
c = [1][x]
d = 'abc'[1, 2]
e = {1}[0]
f = 1.5[0]
g = f"{x}"(1)
h = (x for x in y)[0]
i = (lambda: 0)[1]
j = "abc"["a"]
k = [1, 2][1:2]
l = [i for i in x][()]
m = None()
n = b'x'[1.0]
# ---
def f():
    if x is 1 < 2:
        pass
    while x is not 2:
        pass
    assert ()

x = a + b - c * d / e // f % g ** h
# ---
x = a << b >> c & d | e ^ f
# ---
x = a @ b
# ---
x = -a
y = +a
z = ~a
w = not a
# ---
x = a < b
y = a <= b
z = a == b
w = a != b
v = a > b
u = a >= b
# ---
x = a is b
y = a is not b
z = a in b
w = a not in b
# ---
x = a < b < c < d
# ---
x = a and b
y = a or b
z = a and b and c
w = a or b or c
v = a and (b or c)
# ---
x = (a and b) or c
# ---
x = a[1]
y = a[1:2]
z = a[1:2:3]
w = a[:]
v = a[::2]
u = a[i, j]
t = a[1:2, 3]
# ---
a[1] = 2
a[1:2] = b
del a[1]
del a[1:2]
# ---
a.b = 1
x = a.b.c
del a.b
# ---
x = a.b(c).d[e]
# ---
x = (1,)
y = ()
z = []
w = {}
v = set()
# ---
x = [a, b, c]
y = (a, b, c)
z = {a, b, c}
w = {a: b, c: d}
# ---
x = [*a, *b]
y = (*a, b)
z = {*a, b}
w = {**a, 'k': 1}
v = {**a, **b}
u = [a, *b, c]
# ---
x = {'a': 1, 'b': 2, 'c': 3}
y = {'a': x, 'b': y}
z = {1: 2}
# ---
x = [1, 2, 3, 4]
y = {1, 2, 3, 4}
z = (1, 2, 3, 4)
w = [1, 2]
v = {1, 2}
# ---
x = a if b else c
y = (a if b else c) if d else e
# ---
x = (y := 10)
# ---
x = f"{a}"
y = f"{a!s}"
z = f"{a!a}"
w = f"{a:{b}}"
v = f"x{a}y{b}z"
u = f"{a:>{w}.{p}f}"
t = f""
# ---
x = 'a' 'b'
y = b'a' b'b'
z = 'abc'[1]
w = (1, 2, 3)[0]
# ---
x = 1 + 2
y = 1.5 * 2
z = 'a' + 'b'
w = (1, 2) + (3,)
v = 2 ** 64
u = 2 ** 100
t = 7 // 2
s = 7 % 3
r = -7 // 2
q = 7.5 // 2
p = 1 << 10
o = 1 << 200
n = 10 >> 1
m = 6 & 3
l = 6 | 3
k = 6 ^ 3
# ---
x = 1 / 2
y = 1 // 0
z = 1 % 0
w = 2.0 ** -1
v = 2 ** -1
u = 0 ** -1
t = 10 ** 400.0
# ---
x = 'a' * 4096
y = 'a' * 4097
z = (1,) * 256
w = (1,) * 257
v = 'ab' * -1
u = '' * -1
# ---
x = not 1
y = not 0
z = ~5
w = -True
v = +True
u = ~True
t = True + True
s = True & False
# ---
x = -0.0
y = 0.0
z = -0
w = (0.0, -0.0)
v = 0, 0.0, False
# ---
x = 1j
y = 2.5j
z = 1e100
w = 1e-10
v = 1.5e300 * 1e10
# ---
x = None
y = True
z = False
w = ...
# ---
x = b'\x00\xff'
y = 'caf\xe9'
z = '\u20ac'
w = 'multi\nline'
# ---
x = a.b.c.d
# ---
x = [1, 2][0]
y = 'abc'[-1]
z = 'abc'[5]
w = b'abc'[0]
# ---
x = a is None
y = a is not None
if a is None:
    pass
if a is not None:
    pass
# ---
x = 1 if True else 2
y = 1 if 0 else 2
# ---
x = __debug__

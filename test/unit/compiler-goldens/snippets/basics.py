x = 1
# ---
x = 1000
y = 1000
print(x is y)
# ---
a = 1000
def f():
    return 1000
# ---
def f(a, b=2, *c, d, e=5, **g):
    return a + b
# ---
print("hello")
# ---
x = [1, 2, 3]
y = (1, 2, 3)
z = {1: 2, 3: 4}
s = {1, 2, 3}
# ---
def f():
    x = 1
    y = x
    return y
# ---
"""doc"""
def f():
    "fdoc"
    pass
# ---
if x:
    y = 1
else:
    y = 2
# ---
while x < 10:
    x += 1
# ---
for i in range(10):
    print(i)
# ---
for i in [1, 2, 3]:
    pass
# ---
def outer():
    v = 1
    def inner():
        return v
    return inner
# ---
class A:
    x = 1
    def m(self):
        return self.x
# ---
try:
    f()
except ValueError as e:
    print(e)
# ---
try:
    f()
finally:
    g()
# ---
x = [i * 2 for i in range(10) if i]
# ---
def gen():
    yield 1
    yield from range(3)
# ---
a, b = b, a
# ---
def f():
    a, b = b, a
# ---
x = f"a{b}c{d!r:>10}"
# ---
x = 2 ** 10
y = 'ab' * 3
z = 1 / 0
w = -5
# ---
f(a, b=1, c=2)
o.m(1, k=2)
f(*a, **k)
# ---
import os
import os.path
import os.path as p
from os import path, sep as s
# ---
assert x, "msg"
# ---
def f():
    global g
    g = 1
# ---
lambda x: x + 1
# ---
x = a if b else c
y = a and b or c
z = not a
w = a < b < c

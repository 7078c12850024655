return 1
# ---
x = 1
return
# ---
break
# ---
continue
# ---
if x:
    break
# ---
yield 1
# ---
x = yield
# ---
class C:
    yield 1
# ---
class C:
    return 1
# ---
nonlocal x
# ---
def f():
    nonlocal x
# ---
def f():
    x = 1
    global x
# ---
def f():
    print(x)
    global x
# ---
def f(x):
    global x
# ---
def f(x, x):
    pass
# ---
def f(a, *, a):
    pass
# ---
lambda a, a: 0
# ---
a, *b, *c = d
# ---
*a = b
# ---
print(*a for a in b) if 0 else 0
# ---
def f():
    x = 1
    def g():
        nonlocal x
        global x
# ---
def f(x):
    nonlocal x
# ---
def f():
    y = 1
    nonlocal y
# ---
[(yield x) for x in y]
# ---
def f():
    [(yield x) for x in y]
# ---
def f():
    {(yield x) for x in y}
# ---
def f():
    ((yield x) for x in y)
# ---
try:
    pass
except:
    pass
except E:
    pass
# ---
f(a=1, a=2)
# ---
for x in y:
    pass
else:
    continue
# ---
while x:
    def f():
        break
# ---
def f():
    x: int
    global x
# ---
from __future__ import nested_scopes
x = 1
from __future__ import division
# ---
from __future__ import braces
# ---
from __future__ import nonexistent
# ---
"""doc"""
from __future__ import division
x = 1
# ---
import *
# ---
def f():
    from m import *
# ---
class C:
    [y := 1 for x in z]
# ---
[x := 1 for x in y]
# ---
[i for i in (j := y)]
# ---
def f():
    x = 1
    class C:
        nonlocal x
        x = 2
# ---
def f():
    try:
        pass
    finally:
        continue

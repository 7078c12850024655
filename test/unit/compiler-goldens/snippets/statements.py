x = y = z = 1
# ---
a, b = 1, 2
# ---
a, b, c = 1, 2, 3
# ---
a, b, c, d = t
# ---
a, *b = t
# ---
*a, b, c = t
# ---
(a, b), c = t
# ---
[a, b] = t
# ---
x += 1
x -= 1
x *= 2
x /= 2
x //= 2
x %= 2
x **= 2
x <<= 1
x >>= 1
x &= 1
x |= 1
x ^= 1
x @= 1
# ---
a.b += 1
a[i] += 1
a[i:j] += x
# ---
del x
del x, y
del a.b, a[1]
# ---
pass
# ---
if a:
    pass
# ---
if a:
    x = 1
elif b:
    x = 2
elif c:
    x = 3
else:
    x = 4
# ---
if a and b:
    x = 1
# ---
if a or b:
    x = 1
# ---
if not a:
    x = 1
# ---
if a < b < c:
    x = 1
# ---
if a and not b or c:
    x = 1
# ---
while True:
    x += 1
    if x > 10:
        break
# ---
while x:
    x -= 1
else:
    y = 1
# ---
while a and b:
    pass
# ---
for i in x:
    if i:
        continue
    print(i)
else:
    print('done')
# ---
for i, j in pairs:
    pass
# ---
for i in range(3):
    for j in range(3):
        if j:
            break
# ---
while 1:
    pass
# ---
while 0:
    pass
# ---
if 1:
    x = 1
else:
    x = 2
# ---
if 0:
    x = 1
# ---
raise
# ---
raise ValueError
# ---
raise ValueError("x") from None
# ---
assert x
# ---
assert x, y
# ---
assert (x, y)
# ---
x = 1; y = 2
# ---
1
"string"
...
# ---
print(1,
      2,
      3)
# ---
x = (1 +
     2)
# ---
x: int = 1
# ---
x: int
# ---
a.b: int = 1
a[0]: int = 2
# ---
def f():
    x: int = 1
    y: int
# ---
class C:
    x: int = 1
    y: str
# ---
global x
x = 1
# ---
with open(f) as g:
    pass
# ---
with a as x, b as y:
    print(x, y)
# ---
with a:
    pass

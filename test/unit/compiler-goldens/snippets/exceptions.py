try:
    a()
except:
    b()
# ---
try:
    a()
except E:
    b()
except (F, G) as e:
    c(e)
else:
    d()
finally:
    z()
# ---
try:
    a()
except E as e:
    raise X from e
# ---
try:
    a()
except E:
    raise
# ---
try:
    pass
except E:
    pass
# ---
try:
    a()
finally:
    pass
# ---
def f():
    try:
        return a()
    except E:
        return b()
    finally:
        c()
# ---
try:
    try:
        a()
    except E:
        b()
finally:
    c()
# ---
for x in y:
    try:
        a()
    except E:
        continue
# ---
while x:
    try:
        a()
    except E:
        break
    finally:
        c()
# ---
def f():
    try:
        a()
    except E as e:
        del e
# ---
try:
    a()
except* E:
    b()
# ---
with a as b:
    c()
# ---
with a, b:
    c()
# ---
def f():
    with a as (x, y):
        return x
# ---
try:
    a()
except E as e:
    pass
print(e)
# ---
try:
    x = 1
except:
    x = 2
else:
    x = 3
# ---
def f():
    try:
        yield 1
    finally:
        print(2)
# ---
def f():
    for x in y:
        with a as b:
            if b:
                continue
            g()
# ---
def f():
    while x:
        with a, b as (c, d):
            break
    return c
# ---
def f():
    with a as b:
        with c as d:
            return b + d
# ---
def f():
    try:
        with a:
            return g()
    finally:
        h()
# ---
def f():
    try:
        pass
    except E:
        with a as b.c:
            return 1
# ---
def f():
    with a as b[0], c as (*d, e):
        yield b
# ---
with a:
    with b:
        pass
x = 1
# ---
class C:
    with a as b:
        c = b
# ---
def f():
    with a:
        raise E

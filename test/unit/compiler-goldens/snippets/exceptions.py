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

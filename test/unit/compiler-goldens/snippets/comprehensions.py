x = [i for i in y]
# ---
x = {i for i in y}
# ---
x = {k: v for k, v in y}
# ---
x = (i for i in y)
# ---
x = [i for i in y if i if i > 2]
# ---
x = [i * j for i in a for j in b]
# ---
x = [j for i in a for j in [i]]
# ---
x = [j for i in a for j in (i,)]
# ---
x = [i for i in [1, 2, 3]]
# ---
x = [i for i in {1, 2, 3}]
# ---
def f(n):
    return [i + n for i in range(n)]
# ---
def f():
    return [lambda: i for i in range(3)]
# ---
class C:
    y = [1, 2]
    x = [i for i in y]
# ---
x = sum(i for i in y)
# ---
x = [[i for i in r] for r in rows]
# ---
x = [(y := i) for i in z]
# ---
def f():
    return [(y := i) for i in z]
# ---
x = {k: v for k in a for v in b if k != v}
# ---
x = [i for i in range(10) if i % 2 == 0 and i > 2]

# argument binding errors caught as TypeError with CPython's messages
def f(a, b=1, *, c, d=2):
    return a, b, c, d
def g(x, y):
    return x, y
calls = [
    lambda: f(1),
    lambda: f(1, 2, 3),
    lambda: f(c=1),
    lambda: f(1, c=1, e=5),
    lambda: f(1, a=2, c=3),
    lambda: g(1, x=2),
    lambda: g(1),
    lambda: (lambda: 0)(1),
    lambda: (lambda *, k: k)(),
]
print(f(1, c=3), g(1, 2), g(1, y=2))
for call in calls:
    try:
        call()
    except TypeError as e:
        print(e)

def g():
    yield
# ---
def g():
    x = yield 1
    return x
# ---
def g():
    yield from h()
# ---
def g(n):
    for i in range(n):
        yield i
# ---
def g():
    def h():
        yield x
    x = 1
    return h
# ---
def g():
    return (yield)
# ---
def g():
    try:
        yield 1
    except E:
        yield 2

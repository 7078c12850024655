# calls nested on one line: each callee's events, then no new line event in the caller for the same line
def g(x):
    return x + 1


def f(x):
    return x * 2


r = f(g(1))
r = f(
    g(2))

# statements spanning lines: argument lines get line events, then the call's first line again
def f(*args):
    return len(args)


x = f(
    1,
    [2,
     3],
)
y = (x
     + 1)
z = x if y else (
    2)

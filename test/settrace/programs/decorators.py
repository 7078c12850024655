# decorators: co_firstlineno is the first decorator's line; the call event's f_lineno too
def deco(fn):
    return fn


@deco
def f():
    return 1


f()

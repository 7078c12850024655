# a suspended generator dropped by a DECREF is closed: GeneratorExit thrown in (call, exception, return null)
def gen():
    try:
        yield 1
        yield 2
    finally:
        cleanup = True


def plain():
    yield 1
    yield 2


g = gen()
next(g)
g = None
p = plain()
next(p)
p = None
for v in gen():
    break
never = gen()
never = None

# yield from: SEND; the delegating frame sees StopIteration as an exception event when the inner generator ends
def inner():
    yield 1
    return 2


def outer():
    r = yield from inner()
    yield r


print(list(outer()))

# with: __enter__/__exit__ calls, the with line again at exit; try/finally: the return event's line
class CM:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


def f():
    try:
        return 1
    finally:
        x = 2


with CM() as cm:
    y = 1
f()

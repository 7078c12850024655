# a bare raise and a finally's RERAISE go to exception_unwind: no new exception event in that frame
def f():
    try:
        1 / 0
    except ZeroDivisionError:
        raise


def g():
    try:
        f()
    finally:
        done = True


try:
    g()
except ZeroDivisionError:
    pass

# with: what __exit__ receives — three Nones on a normal exit; the exception's type, the exception itself and its traceback (the exception's own __traceback__)
import sys


class Recorder:
    def __init__(self):
        self.calls = []

    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        self.calls.append((t, type(v).__name__, type(tb).__name__))
        print('type of v', t is type(v) if v is not None else t, 'own tb', v.__traceback__ is tb if v is not None else tb)
        if v is not None:
            print('v count', sys.getrefcount(v), 'tb line', tb.tb_lineno, 'next', tb.tb_next is not None)
            print('args', v.args, 'context', v.__context__)
        return False


r = Recorder()
with r:
    pass
print(r.calls[-1])

try:
    with r:
        x = 1
        raise ValueError('boom', 7)
except ValueError as e:
    print('caught', e.args, sys.getrefcount(e), e.__traceback__.tb_lineno)
print(r.calls[-1])


def raiser():
    raise KeyError('deep')


try:
    with r:
        raiser()
except KeyError as e:
    tb = e.__traceback__
    print('lines', tb.tb_lineno, tb.tb_next.tb_lineno)
    del tb
print(r.calls[-1])

# The exception being handled outside the with is the context of one raised inside.
try:
    raise OSError('outer')
except OSError:
    try:
        with r:
            raise TypeError('inner')
    except TypeError as e:
        print('context', repr(e.__context__))
print(len(r.calls))

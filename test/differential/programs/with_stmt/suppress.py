# with: a truthy __exit__ result swallows the exception (the code after the with runs, the exception is freed); a falsy one lets it propagate
import sys


class Quiet:
    def __init__(self, result):
        self.result = result

    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        print('exit', t.__name__ if t else None, 'returns', repr(self.result))
        return self.result


class Loud(Exception):
    def __del__(self):
        print('exception freed', self.args)


for result in [True, 1, 'yes', [0], False, 0, '', [], None]:
    try:
        with Quiet(result):
            raise Loud(repr(result))
        print('swallowed', repr(result))
    except Loud as e:
        print('propagated', e.args)
    print('-')


class OnlyKey:
    def __enter__(self):
        return 'k'

    def __exit__(self, t, v, tb):
        return t is not None and issubclass(t, KeyError)


def f(d, k):
    with OnlyKey() as token:
        return d[k] + token
    return 'missing ' + token


print(f({'a': 'b'}, 'a'))
print(f({}, 'z'))
try:
    f({}, None)
    f(None, 'a')
except TypeError as e:
    print('TypeError', e)

q = Quiet(True)
before = sys.getrefcount(q)
with q:
    1 / 0
print('counts', before, sys.getrefcount(q))

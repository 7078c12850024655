# return inside a with: the value is computed before __exit__ runs and kept under the call (SWAP, preserve_tos); __exit__ can change it or raise instead
import sys


class Appender:
    def __init__(self, log):
        self.log = log

    def __enter__(self):
        self.log.append('enter')
        return self.log

    def __exit__(self, t, v, tb):
        self.log.append('exit')
        print('exit sees', len(self.log), sys.getrefcount(self.log))
        return False


def get(log):
    with Appender(log) as lst:
        return lst


log = []
r = get(log)
print(r is log, r, sys.getrefcount(log))


def get_copy(log):
    with Appender(log) as lst:
        return list(lst)


print(get_copy([]))


def nested(log):
    with Appender(log):
        with Appender(log) as inner:
            for x in range(3):
                if x == 1:
                    return x, len(inner)
    return None


log2 = []
print(nested(log2), log2)


class Bad:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        raise RuntimeError('exit failed')


def replaced():
    with Bad():
        return 'never'


try:
    replaced()
except RuntimeError as e:
    print('raised', e, e.__context__)


def in_finally(log):
    try:
        with Appender(log) as l:
            return len(l)
    finally:
        log.append('finally')


log3 = []
print(in_finally(log3), log3)


def no_return_value(log):
    with Appender(log):
        return


print(no_return_value([]))

# A method returning from a with over self: self's count after the call.
class Box:
    def __init__(self):
        self.items = []

    def __enter__(self):
        return self.items

    def __exit__(self, *a):
        return None

    def fill(self, n):
        with self as items:
            items.extend(range(n))
            return sys.getrefcount(self), sys.getrefcount(items)


b = Box()
print(b.fill(3), sys.getrefcount(b), sys.getrefcount(b.items), b.items)

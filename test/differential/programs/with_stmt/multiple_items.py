# with a, b as (x, y), c as obj.attr: enter in order, exit in reverse; an exception in a later __enter__ reaches the earlier managers' __exit__
import sys

order = []


class M:
    def __init__(self, name, value=None, fail=False):
        self.name = name
        self.value = value
        self.fail = fail

    def __enter__(self):
        order.append('enter ' + self.name)
        if self.fail:
            raise RuntimeError(self.name)
        return self.value

    def __exit__(self, t, v, tb):
        order.append('exit %s %s' % (self.name, t.__name__ if t else None))
        return False


class Holder:
    pass


h = Holder()
slots = [None, None]
pair = (1, [2, 3])
with M('a'), M('b', pair) as (x, y), M('c', 'attr') as h.attr, M('d', 'item') as slots[1]:
    print(x, y, h.attr, slots, sys.getrefcount(pair), sys.getrefcount(y))
print(order)
print(sys.getrefcount(pair), sys.getrefcount(y))

order.clear()
try:
    with M('a'), M('b', fail=True), M('c'):
        print('never')
except RuntimeError as e:
    print('caught', e)
print(order)

order.clear()
try:
    with M('a', [1]) as first, M('b', 'bee') as (p, *rest):
        print(first, p, rest)
        raise KeyError
except KeyError:
    print('key')
print(order)

# Nested statements behave as the multi-item form.
order.clear()
with M('outer', 1) as o:
    with M('inner', 2) as i:
        print(o + i)
print(order)

# Unpacking failure in the target: the with is already entered, so __exit__ sees the error.
order.clear()
try:
    with M('u', (1, 2, 3)) as (a, b):
        print('never')
except ValueError as e:
    print(e)
print(order)

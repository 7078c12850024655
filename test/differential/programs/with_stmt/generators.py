# with inside a generator: the with stays open across yields, close() sends GeneratorExit through __exit__, throw() raises at the yield inside the with; the manager's count while suspended
import sys


class Tracked:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow

    def __enter__(self):
        print('enter', self.name)
        return self

    def __exit__(self, t, v, tb):
        print('exit', self.name, t.__name__ if t else None)
        return self.swallow


def gen(mgr):
    with mgr as m:
        yield 1
        yield sys.getrefcount(m)
    yield 'after'


t = Tracked('a')
g = gen(t)
print(next(g), sys.getrefcount(t))
print(next(g), sys.getrefcount(t))
print(next(g), sys.getrefcount(t))
print(list(g), sys.getrefcount(t))

g = gen(t)
next(g)
print('suspended', sys.getrefcount(t))
g.close()
print('closed', sys.getrefcount(t), g.gi_frame)

g = gen(Tracked('b', swallow=True))
next(g)
print('throw ->', g.throw(ValueError('in')))
print(list(g))

g = gen(Tracked('c'))
next(g)
try:
    g.throw(KeyError('k'))
except KeyError as e:
    print('propagated', e)

# Dropping a suspended generator closes it: __exit__ runs when the last reference goes.
g = gen(Tracked('d'))
next(g)
print('dropping')
del g
print('dropped')


def counting():
    total = 0
    for i in range(4):
        with Tracked('loop%d' % i, swallow=True):
            if i == 2:
                raise IndexError(i)
            total += yield i
    return total


g = counting()
v = next(g)
try:
    while True:
        v = g.send(v * 10)
except StopIteration as e:
    print('total', e.value)

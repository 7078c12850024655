# Calls with exactly the parameters, with defaults, keywords, *args, **kwargs: refcounts and errors are those of the generic binding.
import sys


def two(a, b):
    return sys.getrefcount(a), sys.getrefcount(b)


def with_default(a, b=[]):
    return sys.getrefcount(b)


def star(*args):
    return len(args)


def kw(a, *, k):
    return a, k


class C:
    def m(self, v):
        return sys.getrefcount(self), sys.getrefcount(v)


x = object()
y = object()
print(two(x, y))
print(with_default(x), with_default(x, y))
print(star(), star(1, 2, 3))
print(kw(1, k=2))
c = C()
print(c.m(x))
m = c.m
print(m(y))
try:
    two(1)
except TypeError as e:
    print(e)
try:
    two(1, 2, 3)
except TypeError as e:
    print(e)
try:
    kw(1, 2)
except TypeError as e:
    print(e)


def deep(n):
    if n == 0:
        return 0
    return deep(n - 1) + 1


print(deep(500))
sys.setrecursionlimit(60)
try:
    deep(100)
except RecursionError as e:
    print('RecursionError', e)
sys.setrecursionlimit(1000)
print(deep(50))


def fail(a, b):
    local = [a, b]
    raise ValueError(a)


try:
    fail(x, y)
except ValueError as e:
    tb = e.__traceback__
print(sys.getrefcount(x), sys.getrefcount(y))
print(deep(3), fail.__code__.co_name)
del tb
print(sys.getrefcount(x), sys.getrefcount(y))
print(deep(3))

# def-time annotations: MAKE_FUNCTION keeps the (name, value, ...) tuple and the first
# read of __annotations__ turns it into a dict (funcobject.c func_get_annotation_dict);
# the annotation values are referenced from it.
import sys
import gc


class Point:
    pass


def area(w: int, h: int = 2, *rest: float, scale: Point, **opts: str) -> float:
    return w * h


hint = [1, 2]
before = sys.getrefcount(hint)


def uses(x: hint) -> hint:
    return x


print(sys.getrefcount(hint) - before)
ann = uses.__annotations__
print(ann, type(ann).__name__, ann is uses.__annotations__)
print(sys.getrefcount(hint) - before)
print(area.__annotations__)
print(list(area.__annotations__))


def plain(a, b):
    return a


print(plain.__annotations__, plain.__annotations__ is plain.__annotations__)
gc.collect()
c = gc.get_count()[0]
d = plain.__annotations__
print(gc.get_count()[0] - c, gc.is_tracked(d))
plain.__annotations__ = {'a': int}
print(plain.__annotations__)
del plain.__annotations__
print(plain.__annotations__)
try:
    plain.__annotations__ = [1]
except TypeError as e:
    print(e)
plain.__annotations__ = None
print(plain.__annotations__)
del uses
print(sys.getrefcount(hint) - before)
del ann
print(sys.getrefcount(hint) - before)
lam = lambda x: x
print(lam.__annotations__)

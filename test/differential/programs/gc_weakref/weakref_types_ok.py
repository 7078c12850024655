# instances, classes, functions and sets support weak references
import weakref
class C:
    pass
def f():
    pass
for obj in (C(), C, f, {1, 2}, frozenset([3])):
    r = weakref.ref(obj)
    print(type(obj).__name__, r() is obj)

# getsizeof(x) - x.__sizeof__() is the GC header: 16 for GC types, 32 for managed-dict instances, else 0
import sys
class Inst:
    pass
def f():
    pass
objs = [0, 2 ** 100, 1.5, 'abc', b'abc', None, True, (), (1, 2), [], [1], {}, {1: 2}, set(), frozenset(),
        Inst(), f, range(3), slice(1, 2), iter([]), lambda: 1]
for o in objs:
    print(type(o).__name__, sys.getsizeof(o) - o.__sizeof__())
print(sys.getsizeof(Inst) - type.__sizeof__(Inst), sys.getsizeof(int) - type.__sizeof__(int))

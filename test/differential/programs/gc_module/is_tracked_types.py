# which objects the collector tracks in 3.11
import gc
class C:
    pass
def f():
    pass
def gen():
    yield 1
tests = [[], {}, {1: 2}, {1: []}, {'a': 'b'}, set(), frozenset(), (), (1, 2), tuple([1, 2]), C(), f, lambda: 0,
         C, gen(), C().__init__, 1, 'a', 1.5, None, True, object(), range(3), int, iter([]), b'x', 10 ** 30]
print([gc.is_tracked(o) for o in tests])

# get_referents follows tp_traverse: lists in reverse order, str-keyed dicts give values, non-containers give nothing
import gc
print(gc.get_referents([1, 2, 3]))
print(gc.get_referents((4, 5), [6]))
print(gc.get_referents({'a': 1, 'b': 2}))
print(sorted(gc.get_referents({1: 'x', 2: 'y'}), key=str))
print(gc.get_referents(1, 'abc', None))
print(gc.get_referents())
class C:
    pass
c = C()
c.x = 10
print(gc.get_referents(c)[-1] is C)

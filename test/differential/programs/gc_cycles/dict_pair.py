# two dicts pointing at each other are collected together
import gc
gc.collect()
d1 = {}
d2 = {'peer': d1}
d1['peer'] = d2
print(gc.is_tracked(d1), gc.is_tracked(d2))
del d1
print(gc.collect())
del d2
print(gc.collect())

# dicts start untracked, become tracked when a container is inserted, and only a full collection untracks them again
import gc
gc.collect()
d = {}
print(gc.is_tracked(d))
d['x'] = 1
print(gc.is_tracked(d))
d['l'] = []
print(gc.is_tracked(d))
del d['l']
print(gc.is_tracked(d))
gc.collect(0)
gc.collect(1)
print(gc.is_tracked(d))
gc.collect(2)
print(gc.is_tracked(d))
e = {'t': (1, 2)}
print(gc.is_tracked(e))
gc.collect()
print(gc.is_tracked(e))

# gc.callbacks info dicts are built by Py_BuildValue: each gets new, not interned, key strings.
import gc
import sys
infos = []
def cb(phase, info):
    infos.append(info)
gc.callbacks.append(cb)
gc.collect()
gc.collect(0)
gc.callbacks.remove(cb)
print(len(infos), [list(i) for i in infos[:1]])
first = list(infos[0])
second = list(infos[1])
third = list(infos[2])
print([a is b for a, b in zip(first, second)])
print([a is b for a, b in zip(first, third)])
print([a == b for a, b in zip(first, third)])
names = ['generation', 'collected', 'uncollectable']
print([k is n for k, n in zip(first, names)])
print([sys.getrefcount(k) for k in first])
print(infos[0]['generation'], infos[2]['generation'], infos[1]['uncollectable'])

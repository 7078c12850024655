# Build and drop 100k two-object cycles: every cycle is reclaimed by the cyclic GC
# (automatic generation-0/1/2 collections while the loop runs), none by refcounting.
import gc
class Node:
    pass
found = []
def cb(phase, info):
    if phase == 'stop':
        found.append(info['collected'])
gc.callbacks.append(cb)
for i in range(100_000):
    a = Node()
    b = Node()
    a.other = b
    b.other = a
del a, b
gc.callbacks.remove(cb)
print(len(found) > 0, sum(found) + gc.collect())

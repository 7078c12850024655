# gc.collect() called from a gc callback while a collection runs does nothing and returns 0
import gc
inner = []
def cb(phase, info):
    if phase == 'start':
        inner.append(gc.collect())
gc.callbacks.append(cb)
a = []
a.append(a)
del a
print(gc.collect())
gc.callbacks.remove(cb)
print(inner)

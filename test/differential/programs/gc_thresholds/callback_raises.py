# an exception raised by a gc callback is reported as unraisable; the collection still happens
import gc
def bad(phase, info):
    raise RuntimeError('callback failed in ' + phase)
gc.callbacks.append(bad)
a = []
a.append(a)
del a
n = gc.collect()
gc.callbacks.remove(bad)
print(n)

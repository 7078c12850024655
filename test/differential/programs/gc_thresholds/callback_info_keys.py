# the info dict passed to gc callbacks has generation, collected and uncollectable
import gc
got = []
def cb(phase, info):
    got.append((phase, sorted(info.items())))
gc.callbacks.append(cb)
a = []
a.append(a)
del a
gc.collect(1)
gc.callbacks.remove(cb)
for g in got:
    print(g)

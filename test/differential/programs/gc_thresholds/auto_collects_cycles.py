# cycles are reclaimed by automatic collections without calling gc.collect()
import gc
collected = []
def cb(phase, info):
    if phase == 'stop':
        collected.append(info['collected'])
gc.collect()
gc.callbacks.append(cb)
for i in range(1000):
    a = []
    a.append(a)
del a
gc.callbacks.remove(cb)
print(len(collected) > 0, sum(collected) > 0)
print(gc.collect() < 1000)

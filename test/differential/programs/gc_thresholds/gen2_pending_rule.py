# a full collection waits until the objects awaiting it exceed a quarter of the long-lived ones (long_lived_pending > long_lived_total / 4)
import gc
gens = []
def cb(phase, info):
    if phase == 'start':
        gens.append(info['generation'])
gc.collect()
gc.set_threshold(100, 2, 2)
gc.callbacks.append(cb)
keep = []
for i in range(6000):
    keep.append([])
gc.callbacks.remove(cb)
gc.set_threshold(700, 10, 10)
print(len(gens), gens.count(0), gens.count(1), gens.count(2))
print(gens.index(2) if 2 in gens else -1)

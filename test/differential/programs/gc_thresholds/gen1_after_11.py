# count[1] counts generation-0 collections; the 11th one makes generation 1 exceed its threshold (10)
import gc
gens = []
def cb(phase, info):
    if phase == 'start':
        gens.append(info['generation'])
gc.collect()
gc.set_threshold(50, 10, 10)
gc.callbacks.append(cb)
keep = []
for i in range(700):
    keep.append([])
gc.callbacks.remove(cb)
gc.set_threshold(700, 10, 10)
print(gens)

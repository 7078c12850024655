# at the stop of an automatic collection the collected generations' counts are zero and the next one's count went up
import gc
seen = []
def cb(phase, info):
    if phase == 'stop':
        c = gc.get_count()
        seen.append((info['generation'], c[1], c[2]))
gc.collect()
gc.set_threshold(30, 3, 10)
gc.callbacks.append(cb)
keep = []
for i in range(200):
    keep.append([])
gc.callbacks.remove(cb)
gc.set_threshold(700, 10, 10)
print(seen)

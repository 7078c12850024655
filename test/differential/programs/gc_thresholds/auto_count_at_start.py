# the counts seen by a gc callback at the start of an automatic collection: count[0] is past the threshold
import gc
seen = []
def cb(phase, info):
    if phase == 'start':
        seen.append((info['generation'], gc.get_count()))
gc.collect()
gc.callbacks.append(cb)
keep = []
for i in range(800):
    keep.append([])
gc.callbacks.remove(cb)
print(seen)

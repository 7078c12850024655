# with threshold0 = 10 a collection runs every few allocations; callbacks see generation and stop-phase results
import gc
events = []
def cb(phase, info):
    events.append((phase, info['generation'], info['collected']))
gc.collect()
gc.set_threshold(10)
gc.callbacks.append(cb)
keep = []
for i in range(25):
    keep.append([])
gc.callbacks.remove(cb)
gc.set_threshold(700, 10, 10)
print(events)

# allocating container objects triggers an automatic generation-0 collection when count[0] exceeds threshold[0] (700)
import gc
log = []
def cb(phase, info):
    if phase == 'start':
        log.append(info['generation'])
gc.collect()
gc.callbacks.append(cb)
keep = []
for i in range(1000):
    keep.append([])
gc.callbacks.remove(cb)
print(log)

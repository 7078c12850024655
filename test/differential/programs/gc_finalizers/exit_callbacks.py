# the collection at exit calls gc.callbacks like any other (generation 2)
import gc
def cb(phase, info):
    print(phase, info['generation'])
gc.callbacks.append(cb)
print('end')

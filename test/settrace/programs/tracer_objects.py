# What CPython's tracing itself allocates. A method descriptor (list.sort) is called through a
# temporary bound method that holds the list: inside the key function the list has one more
# reference than in an untraced run. And that bound method, like every traced frame's frame
# object, is a GC-tracked allocation that generation 0 counts, so a collection (seen by the
# callback) comes earlier than without a tracer.
import gc
keep = [3, 1, 2]
def key(x, lst=keep):
    return x
keep.sort(key=key)
def cb(phase, info):
    pass
gc.collect()
gc.callbacks.append(cb)
gc.set_threshold(5)
made = []
made.append([])
made.append([])
made.append([])
made.append([])
made.append([])
made.append([])
made.append([])
gc.set_threshold(700, 10, 10)
gc.callbacks.remove(cb)
print(keep, len(made))

# with DEBUG_SAVEALL the garbage is appended to gc.garbage instead of being freed
import gc
gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
print(gc.get_debug() == gc.DEBUG_SAVEALL)
a = [1]
a.append(a)
del a
print(gc.collect())
print(len(gc.garbage), gc.garbage[0][0], gc.garbage[0][1] is gc.garbage[0])
gc.set_debug(0)
gc.garbage.clear()
print(gc.collect())

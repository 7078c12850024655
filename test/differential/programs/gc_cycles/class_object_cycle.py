# a class object is in cycles with its own __dict__ and __mro__; deleting it leaves garbage for the collector
import gc
gc.collect()
class K:
    x = 1
print(K.x)
del K
print(gc.collect() > 0)
print(gc.collect())

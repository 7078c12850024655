# gc.is_finalized is False until the collector has run the object's finalizer
import gc
gc.collect()
keep = []
class F:
    def __del__(self):
        keep.append(self)
f = F()
f.me = f
print(gc.is_finalized(f))
del f
gc.collect()
print(gc.is_finalized(keep[0]))
print(gc.is_finalized([]), gc.is_finalized(1))

# a __del__ that stores self somewhere reachable resurrects the cycle: collect() returns 0, the finalizer never runs again
import gc
gc.collect()
saved = []
class R:
    def __del__(self):
        print('del runs')
        saved.append(self)
r = R()
r.me = r
del r
print(gc.collect())
print(len(saved), gc.is_finalized(saved[0]))
saved.clear()
print(gc.collect())

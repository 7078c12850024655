# an object with __del__ that only references a cycle (not part of it) keeps it until its own death
import gc
gc.collect()
class Holder:
    def __init__(self):
        c = []
        c.append(c)
        self.cycle = c
    def __del__(self):
        print('holder del, cycle length', len(self.cycle))
h = Holder()
h.me = h
del h
print(gc.collect())

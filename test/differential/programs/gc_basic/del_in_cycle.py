# objects with __del__ in a cycle: finalizers run once during collection, gc.garbage stays empty
import gc
gc.collect()
class Fin:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('finalizing', self.name)
a = Fin('a')
b = Fin('b')
a.other = b
b.other = a
del a
del b
print('collecting')
n = gc.collect()
print('collected', n > 0)
print(gc.garbage)
print(gc.collect())

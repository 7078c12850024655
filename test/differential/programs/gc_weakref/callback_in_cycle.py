# an object in a garbage cycle: the collector clears its weakrefs and calls their callbacks before finalizers
import gc, weakref
gc.collect()
class N:
    def __del__(self):
        print('__del__, weakref now', r())
n = N()
n.me = n
r = weakref.ref(n, lambda w: print('callback'))
del n
print(gc.collect())

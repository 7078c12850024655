# a finalizer attached to an object in a cycle runs when the collector frees the cycle
import gc, weakref
gc.collect()
class C:
    pass
c = C()
c.me = c
f = weakref.finalize(c, print, 'cycle finalized')
del c
print('before collect', f.alive)
gc.collect()
print('after collect', f.alive)

# a weakref that is itself part of the garbage does not get its callback called
import gc, weakref
gc.collect()
class N:
    pass
a = N()
b = N()
a.partner = b
b.partner = a
a.wr = weakref.ref(b, lambda w: print('never'))
del a, b
print(gc.collect())

# a cycle that survives collections moves to older generations; collecting generation 0 no longer finds it
import gc
gc.collect()
a = []
a.append(a)
gc.collect(0)
gc.collect(0)
del a
print(gc.collect(0), gc.collect(1), gc.collect(2))
b = []
b.append(b)
del b
print(gc.collect(0), gc.collect(2))

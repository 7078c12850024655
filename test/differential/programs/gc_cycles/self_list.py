# a list that contains itself is freed only by the collector; collect() counts it once
import gc
gc.collect()
a = []
a.append(a)
print(len(a), a[0] is a)
del a
print(gc.collect())
print(gc.collect())

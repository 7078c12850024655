# count[0] rises with container allocations and falls when they are freed (unless a free list keeps them)
import gc
class C:
    pass
gc.collect()
r = [0] * 8
r[0] = gc.get_count()[0]
x = C()
r[1] = gc.get_count()[0]
y = C()
r[2] = gc.get_count()[0]
del x
r[3] = gc.get_count()[0]
del y
r[4] = gc.get_count()[0]
s = {1, 2}
r[5] = gc.get_count()[0]
del s
r[6] = gc.get_count()[0]
print(r)

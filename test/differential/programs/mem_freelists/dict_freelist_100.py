# 100 dicts freed together: 80 go on the dict free list and come back without counting; 20 are really freed
import gc
gc.collect()
gc.disable()
gc.get_count()
holder = [None] * 100
a = gc.get_count()[0]
for k in range(100):
    holder[k] = {k: k}
created = gc.get_count()[0] - a
ids = [id(d) for d in holder]
a = gc.get_count()[0]
for k in range(100):
    holder[k] = None
freed = gc.get_count()[0] - a
a = gc.get_count()[0]
for k in range(100):
    holder[k] = {}
again = gc.get_count()[0] - a
print('create 100 dicts', created)
print('free 100 dicts', freed)
print('create 100 again', again)
print(id(holder[0]) == ids[79], id(holder[79]) == ids[0])

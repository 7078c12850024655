# 100 lists freed together: 80 fill the list free list, the other 20 and the container go back to pymalloc
import gc
gc.collect()
gc.disable()
gc.get_count()
a = gc.get_count()[0]
ls = [None] * 100
for k in range(100):
    ls[k] = []
created = gc.get_count()[0] - a
a = gc.get_count()[0]
del ls
deleted = gc.get_count()[0] - a
a = gc.get_count()[0]
again = [None] * 100
for k in range(100):
    again[k] = []
created_again = gc.get_count()[0] - a
print('create 100', created)
print('delete 100', deleted)
print('create 100 again', created_again)

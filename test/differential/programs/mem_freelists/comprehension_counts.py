# gc count[0] for 100 lists built by a comprehension: +101 (lists + result), -21 on del (80 kept on the free list)
import gc
gc.collect()
gc.disable()
gc.get_count()
out = [0] * 5
a = gc.get_count()[0]
ls = [[] for _ in range(100)]
out[0] = gc.get_count()[0] - a
a = gc.get_count()[0]
del ls
out[1] = gc.get_count()[0] - a
a = gc.get_count()[0]
ls = [[] for _ in range(100)]
out[2] = gc.get_count()[0] - a
a = gc.get_count()[0]
ds = [{} for _ in range(50)]
out[3] = gc.get_count()[0] - a
a = gc.get_count()[0]
del ds
out[4] = gc.get_count()[0] - a
print('build, del, build again:', out[0], out[1], out[2])
print('50 dicts, del:', out[3], out[4])

# MemoryError instances come from their own free list (16 made at startup): creating or freeing one does not change the GC count, and a freed one is reused
import gc
gc.collect()
c0 = gc.get_count()[0]
e = MemoryError()
d1 = gc.get_count()[0] - c0
i = id(e)
tracked = gc.is_tracked(e)
del e
d2 = gc.get_count()[0] - c0
f = MemoryError()
same = id(f) == i
d3 = gc.get_count()[0] - c0
args = f.args
del f
many = [MemoryError() for _ in range(20)]
d4 = gc.get_count()[0] - c0
distinct = len(set(map(id, many)))
del many
d5 = gc.get_count()[0] - c0
x = MemoryError()
y = MemoryError()
d6 = gc.get_count()[0] - c0
class MyMemoryError(MemoryError):
    pass
z = MyMemoryError()
d7 = gc.get_count()[0] - c0
print(d1, d2, d3, same, tracked, args, d4, d5, distinct, d6, d7, isinstance(z, MemoryError))
try:
    [0] * (10 ** 12)
except MemoryError as err:
    print(type(err).__name__, err.args, gc.is_tracked(err))

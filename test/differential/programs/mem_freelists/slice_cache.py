# 3.11 caches one freed slice object: consecutive temporary slices share an id and do not move gc counts
import gc
gc.collect()
gc.disable()
lo = int('1')
same = id(slice(lo, 2)) == id(slice(lo, 3))
s1 = slice(lo, 4)
s2 = slice(lo, 5)
gc.get_count()
a = gc.get_count()[0]
del s1
s3 = slice(lo, 6)
from_cache = gc.get_count()[0] - a
a = gc.get_count()[0]
s4 = slice(lo, 7)
fresh = gc.get_count()[0] - a
print(same, s2 is s3, s3 == slice(1, 6))
print(from_cache, fresh)

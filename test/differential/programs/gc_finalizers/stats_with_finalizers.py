# get_stats counts collected objects per generation; finalizers do not make objects uncollectable in 3.x
import gc
gc.collect()
before = gc.get_stats()[2]
class F:
    def __del__(self):
        pass
for i in range(3):
    f = F()
    f.me = f
del f
gc.collect()
after = gc.get_stats()[2]
print(after['collections'] - before['collections'], after['collected'] - before['collected'], after['uncollectable'] - before['uncollectable'])
print(gc.garbage)

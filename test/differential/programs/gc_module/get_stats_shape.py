# get_stats returns one dict per generation with three counters; a collection of generation 1 adds to its entry only
import gc
s = gc.get_stats()
print(len(s), [sorted(d) for d in s])
before = gc.get_stats()
a = []
a.append(a)
del a
gc.collect(1)
after = gc.get_stats()
for b, c in zip(before, after):
    print(c['collections'] - b['collections'], c['collected'] - b['collected'], c['uncollectable'] - b['uncollectable'])

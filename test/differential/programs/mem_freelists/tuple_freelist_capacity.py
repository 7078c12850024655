# each tuple length keeps up to 2000 freed tuples: of 2500 freed 2-tuples, 2000 come back without counting
import gc
gc.collect()
gc.disable()
p = int('9')
holder = [None] * 2500
gc.get_count()
a = gc.get_count()[0]
for k in range(2500):
    holder[k] = (p, k)
created = gc.get_count()[0] - a
a = gc.get_count()[0]
for k in range(2500):
    holder[k] = None
freed = gc.get_count()[0] - a
a = gc.get_count()[0]
for k in range(2500):
    holder[k] = (k, p)
again = gc.get_count()[0] - a
print(created, freed, again)

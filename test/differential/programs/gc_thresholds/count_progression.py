# get_count() after explicit collections of each generation: collecting g zeroes counts 0..g and adds one to g+1
import gc
gc.collect()
r = []
r.append(gc.get_count())
gc.collect(0)
r.append(gc.get_count())
gc.collect(0)
r.append(gc.get_count())
gc.collect(1)
r.append(gc.get_count())
gc.collect(0)
gc.collect(1)
r.append(gc.get_count())
gc.collect(2)
r.append(gc.get_count())
print(r)

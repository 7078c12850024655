# frozen objects sit in the permanent generation: collections ignore them, unfreeze puts them back in generation 2
import gc
gc.collect()
a = []
a.append(a)
gc.freeze()
print(gc.get_freeze_count() > 0, gc.get_count())
del a
print(gc.collect())
gc.unfreeze()
print(gc.get_freeze_count())
print(gc.collect())

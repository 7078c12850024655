# freeze moves every tracked object to the permanent generation and zeroes the counts
import gc
gc.collect()
x = [[] for i in range(10)]
gc.freeze()
print(gc.get_count(), gc.get_freeze_count() > 10)
print(any(o is x for o in gc.get_objects()))
gc.unfreeze()
print(gc.get_freeze_count(), any(o is x for o in gc.get_objects(2)))

# tuples are tracked when created and untracked by a collection when all their items are untracked
import gc
gc.collect()
t1 = tuple([1, 'two', 3.0])
t2 = tuple([[], 1])
t3 = tuple([t1, 5])
print(gc.is_tracked(t1), gc.is_tracked(t2), gc.is_tracked(t3))
gc.collect(0)
print(gc.is_tracked(t1), gc.is_tracked(t2), gc.is_tracked(t3))
gc.collect(0)
print(gc.is_tracked(t3))

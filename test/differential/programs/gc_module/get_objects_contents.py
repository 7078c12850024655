# get_objects() lists tracked objects: a new list is there, an int or str never is, the result list itself is excluded
import gc
gc.collect()
marker = ['marker']
objs = gc.get_objects()
print(any(o is marker for o in objs), any(o is objs for o in objs))
print(any(o is marker for o in gc.get_objects(0)), any(o is marker for o in gc.get_objects(2)))
gc.collect()
print(any(o is marker for o in gc.get_objects(0)), any(o is marker for o in gc.get_objects(2)))
n = 12345678
print(any(o is n for o in gc.get_objects()))

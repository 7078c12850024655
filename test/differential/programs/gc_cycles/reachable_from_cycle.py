# acyclic containers hanging off a cycle die with it (freed by refcounting after tp_clear); only the unreachable ones are counted
import gc
gc.collect()
class Box:
    pass
b = Box()
b.me = b
b.items = [[1], [2], {'k': [3]}]
del b
print(gc.collect())

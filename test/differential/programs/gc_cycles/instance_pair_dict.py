# once __dict__ has been materialised each instance brings its dict into the cycle: 4 objects
import gc
gc.collect()
class Node:
    pass
a = Node()
b = Node()
a.peer = b
b.peer = a
print(len(a.__dict__), len(b.__dict__))
del a, b
print(gc.collect())

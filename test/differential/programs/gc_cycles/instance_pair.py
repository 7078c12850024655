# two instances referencing each other (attributes kept in 3.11's inline values, no __dict__ object)
import gc
gc.collect()
class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None
a = Node('a')
b = Node('b')
a.peer = b
b.peer = a
del a, b
print(gc.collect())

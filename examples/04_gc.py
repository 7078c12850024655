# Chapter 4 — the cyclic garbage collector. Reference counting cannot free a
# cycle: each object keeps the other alive. The generational collector finds it.
import gc

print(gc.get_threshold())  # (700, 10, 10): gen0 is collected after 700 net allocations
gc.collect()
print(gc.get_count())      # (0, 0, 0) right after a full collection


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None


a = Node('a')
b = Node('b')
a.other = b
b.other = a                # a cycle: a -> b -> a
print(gc.get_count())      # (14, 0, 0): the class, its methods and dicts, the two instances...
del a, b                   # both counts stay at 1: nothing is freed yet
print(gc.collect())        # 2: the collector found the two unreachable instances
lst = []
lst.append(lst)            # a list that contains itself
del lst
print(gc.collect())        # 1

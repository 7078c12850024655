# gc.collect() returns the number of unreachable objects for simple cycles
import gc
print(gc.isenabled())
gc.collect()
print(gc.collect())
a = []
a.append(a)
del a
print(gc.collect())
d1 = {}
d2 = {'other': d1}
d1['other'] = d2
del d1, d2
print(gc.collect())
class Node:
    pass
n1 = Node()
n2 = Node()
n1.peer = n2
n2.peer = n1
del n1, n2
print(gc.collect())
print(gc.collect())

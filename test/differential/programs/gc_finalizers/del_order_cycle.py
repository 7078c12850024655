# finalizers of a cycle run in the order the collector finds the objects (allocation order in the young generation)
import gc
gc.collect()
class F:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)
ring = [F(str(i)) for i in range(5)]
for i in range(5):
    ring[i].next = ring[(i + 1) % 5]
del ring
print('collect', gc.collect())

# PEP 442: __del__ of objects in a cycle runs exactly once, and the cycle is then freed
import gc
gc.collect()
class F:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)
a = F('a')
b = F('b')
a.other = b
b.other = a
del a, b
print('collect', gc.collect())
print('again', gc.collect())
print(gc.garbage)

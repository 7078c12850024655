# during collection every finalizer runs before any object is cleared, so __del__ still sees its attributes and partners
import gc
gc.collect()
class P:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print(self.name, 'sees', self.partner.name, len(self.data))
a = P('a')
b = P('b')
a.partner = b
b.partner = a
a.data = [1, 2, 3]
b.data = [4]
del a, b
print(gc.collect())

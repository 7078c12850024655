# one object's finalizer resurrects its partner: both survive (reachable again), later both are freed without running __del__ again
import gc
gc.collect()
keep = []
class A:
    def __del__(self):
        print('A.__del__')
        keep.append(self.partner)
class B:
    def __del__(self):
        print('B.__del__')
a = A()
b = B()
a.partner = b
b.partner = a
del a, b
print('first', gc.collect())
print(len(keep), type(keep[0]).__name__)
keep.clear()
print('second', gc.collect())

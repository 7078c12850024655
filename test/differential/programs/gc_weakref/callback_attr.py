# __callback__ gives the callback (None for the shared ref); it is dropped once the referent dies
import weakref
class C:
    pass
def cb(w):
    pass
c = C()
r = weakref.ref(c, cb)
print(r.__callback__ is cb, weakref.ref(c).__callback__)
del c
print(r.__callback__)

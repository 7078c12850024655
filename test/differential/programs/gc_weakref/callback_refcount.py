# the callback runs when the object dies by reference counting, and receives the dead weakref
import weakref
class C:
    pass
def cb(w):
    print('callback, referent is', w())
c = C()
r = weakref.ref(c, cb)
print('deleting')
del c
print('deleted')

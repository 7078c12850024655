# an exception in a weakref callback is reported as unraisable; the program continues
import weakref
class C:
    pass
def cb(w):
    raise ValueError('callback error')
c = C()
r = weakref.ref(c, cb)
del c
print('continued', r())

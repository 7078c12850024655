# a weak reference returns its object while it lives and None afterwards
import weakref
class C:
    pass
c = C()
r = weakref.ref(c)
print(r() is c, type(r).__name__)
del c
print(r())

# a weakref to an instance does not keep it alive, even when it is the only remaining reference
import weakref, sys
class C:
    pass
c = C()
before = sys.getrefcount(c)
r = weakref.ref(c)
print(sys.getrefcount(c) == before)
c2 = r()
print(sys.getrefcount(c) == before + 1)
del c, c2
print(r() is None)

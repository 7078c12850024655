# the callback-less reference is shared: ref(o) is ref(o); refs with callbacks are new each time
import weakref
class C:
    pass
c = C()
r1 = weakref.ref(c)
r2 = weakref.ref(c)
r3 = weakref.ref(c, lambda w: None)
r4 = weakref.ref(c, lambda w: None)
print(r1 is r2, r3 is r1, r3 is r4)
print(weakref.getweakrefcount(c))
print(weakref.getweakrefs(c)[0] is r1)

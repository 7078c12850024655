# several callbacks on one object run newest first
import weakref
class C:
    pass
c = C()
refs = [weakref.ref(c, lambda w, i=i: print('callback', i)) for i in range(3)]
del c
print('done')

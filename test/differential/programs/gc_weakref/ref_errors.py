# weakref.ref argument errors
import weakref
class C:
    pass
for args in ((), (C(), None, 1)):
    try:
        weakref.ref(*args)
    except TypeError as e:
        print(e)
r = weakref.ref(C())
try:
    r(1)
except TypeError as e:
    print(e)
print(r())

# finalizers whose objects are still alive run at exit, newest first, unless atexit was set False
import weakref
class C:
    pass
objs = [C() for i in range(4)]
fins = [weakref.finalize(o, print, 'exit', i) for i, o in enumerate(objs)]
fins[1].atexit = False
print([f.atexit for f in fins])
print('end of program')

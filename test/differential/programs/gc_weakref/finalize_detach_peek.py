# detach cancels a finalizer and returns its parts; peek looks without cancelling
import weakref
class C:
    pass
c = C()
f = weakref.finalize(c, print, 'should not run', 1)
obj, func, args, kwargs = f.peek()
print(obj is c, func is print, args, kwargs, f.alive)
obj, func, args, kwargs = f.detach()
print(obj is c, f.alive, f.detach(), f.peek())
del obj
del c
print('end')

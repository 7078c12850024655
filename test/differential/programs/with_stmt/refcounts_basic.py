# with: counts of the manager, of __enter__'s result and of __exit__'s function inside and after the block (the bound __exit__ on the stack)
import sys


class Manager:
    def __enter__(self):
        return self.value

    def __exit__(self, t, v, tb):
        print('exit args', t, v, tb)
        return None


m = Manager()
m.value = [1, 2, 3]
print('before', sys.getrefcount(m), sys.getrefcount(m.value), sys.getrefcount(Manager.__exit__))
with m as x:
    print('inside', sys.getrefcount(m), sys.getrefcount(x), sys.getrefcount(Manager.__exit__))
    print('same', x is m.value, id(x) == id(m.value))
print('after', sys.getrefcount(m), sys.getrefcount(x), sys.getrefcount(Manager.__exit__))

# Without a target: __enter__'s result is popped at once.
with m:
    print('no target', sys.getrefcount(m), sys.getrefcount(m.value))
print('after no target', sys.getrefcount(m), sys.getrefcount(m.value))

# A temporary manager: the bound __exit__ keeps it alive through the block.
class Temp:
    def __enter__(self):
        return 'entered'

    def __exit__(self, *args):
        print('temp exit', len(args), sys.getrefcount(self))

    def __del__(self):
        print('temp freed')


with Temp() as s:
    print('temp body', s)
print('after temp')


# __enter__ returning the manager itself.
class Self:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        return False


s2 = Self()
with s2 as t:
    print('self', t is s2, sys.getrefcount(s2))
print('self after', sys.getrefcount(s2))
del t
print('self del', sys.getrefcount(s2))

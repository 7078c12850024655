# at exit with gc disabled: weakref'd objects, suspended generators, closures, class attributes and self-cycles are all finalized by finalize_modules' collection
import gc, weakref
gc.disable()
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('del', self.n)
def cb(r):
    print('callback')
a = D('a')
w = weakref.ref(a, cb)
def gen():
    try:
        yield 1
    finally:
        print('gen finally')
g = gen()
next(g)
try:
    raise ValueError('kept')
except ValueError as exc:
    saved = exc
def mk():
    x = D('closure')
    def inner():
        return x
    return inner
f = mk()
class Holder:
    attr = D('class attr')
z = D('z')
z.cycle = [z]
print('end')

# __del__ run by a DECREF and by a collection, weakref callbacks and gc.callbacks: references they see
import sys, gc, weakref
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('  del', self.name, sys.getrefcount(self))
print('del by rebinding:'); d = D('a'); d = None
print('del by del:'); d = D('b'); del d
print('del at function return:')
def f():
    x = D('c')
f()
print('del of list item:'); l = [D('d')]; l.pop()
print('del by list clear:'); l = [D('e')]; l.clear()
print('del in cycle:')
c = D('f'); c.self = c; c = None
gc.collect()
print('resurrect:')
keep = []
class R:
    def __del__(self):
        print('  R del', sys.getrefcount(self))
        keep.append(self)
r = R(); r = None
print(len(keep), sys.getrefcount(keep[0]))
keep.clear()
print('weakref callback:')
class W:
    pass
def cb(ref):
    print('  cb', sys.getrefcount(ref), ref() is None)
w = W()
wr = weakref.ref(w, cb)
w = None
print('weakref callback in cycle:')
w = W(); w.me = w
wr2 = weakref.ref(w, cb)
w = None
gc.collect()
print('gc.callbacks:')
def gccb(phase, info):
    print('  gccb', phase, sorted(info), sys.getrefcount(info))
gc.callbacks.append(gccb)
gc.collect()
gc.callbacks.remove(gccb)
print('end')

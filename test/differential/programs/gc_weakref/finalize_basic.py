# weakref.finalize calls its function once, when the object dies; alive turns False
import weakref
class C:
    pass
def done(tag, extra=None):
    print('finalized', tag, extra)
    return 'result'
c = C()
f = weakref.finalize(c, done, 'c', extra=1)
print(f.alive)
del c
print(f.alive, f())
d = C()
g = weakref.finalize(d, done, 'd')
print(g(), g.alive, g())
del d
print('end')

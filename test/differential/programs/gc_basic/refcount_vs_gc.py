# acyclic garbage is freed by refcounting immediately; only cycles wait for gc.collect()
import gc
gc.collect()
class T:
    def __init__(self, tag):
        self.tag = tag
    def __del__(self):
        print('del', self.tag)
x = T('acyclic')
del x
print('after del acyclic')
y = T('cyclic')
y.self_ref = y
del y
print('after del cyclic (not yet freed)')
gc.collect()
print('after collect')

# sys.exit() releases __main__ before finalizing: its globals are finalized by the collection after sys.modules is emptied, in the collector's order
import gc
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('del', self.n)
def g():
    yield 1
it = g()
next(it)
d = {'k': D('in dict')}
t = (D('in tuple'),)
class C:
    pass
c = C()
c.x = D('attr of C instance')
b = D('before collect')
gc.collect()
e = D('after')
import sys
sys.exit('bye')

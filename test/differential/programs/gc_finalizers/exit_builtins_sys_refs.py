# objects stored in builtins, sys and gc.garbage at exit, and globals of several generations: the order CPython finalizes them
import sys, builtins, gc
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('del', self.n)
builtins.bx = D('in builtins')
sys.sx = D('in sys')
gc.garbage.append(D('in gc.garbage'))
lst = [D('l%d' % i) for i in range(3)]
first = D('first')
gc.collect()
late = D('late')
_u = D('_u')
print('end')

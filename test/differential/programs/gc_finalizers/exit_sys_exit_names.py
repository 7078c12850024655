# sys.exit(0) with underscore, dunder and cyclic globals: __main__'s namespace is collected as a cycle, not cleared by name
import sys
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('del', self.n)
_u = D('_u')
z = D('z')
a = D('a')
a.me = a
__dunder = D('__dunder')
sys.exit(0)

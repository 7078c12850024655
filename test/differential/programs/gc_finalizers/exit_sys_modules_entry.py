# a non-module value in sys.modules is released when sys.modules is emptied, before the collection that finalizes __main__'s globals
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('del', self.n, type(self).__name__)
x = D('x')
import sys
sys.modules['fake'] = D('module entry')
lst = [D('in list %d' % i) for i in range(3)]
d = {'k': D('in dict')}
print('end')
raise SystemExit(3)

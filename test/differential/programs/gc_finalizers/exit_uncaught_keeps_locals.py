# an uncaught exception keeps its frames' locals alive through sys.last_traceback until finalization sets it to None
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('del', self.n)
_u = D('_u')
z = D('z')
a = D('a')
a.me = a
def f():
    x = D('local in traceback')
    raise ValueError('boom')
f()

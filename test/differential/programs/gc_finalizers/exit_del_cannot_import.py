# __del__ run at exit after sys.modules is emptied cannot import; the unraisable traceback shows no source lines
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('del', self.n)
        import gc
        print(self.n, 'import ok')
x = D('x')
y = D('y')
y.other = x
x.other = y
print('end')

# objects still alive at exit: the cycle-free ones are finalized when the module is torn down
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('del', self.n)
a = D('a')
b = D('b')
print('end of module')

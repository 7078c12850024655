# without a cycle __del__ runs at once when the last reference goes; gc.collect() has nothing to do
import gc
gc.collect()
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('del', self.n)
x = D(1)
y = D(2)
x = None
print('rebound')
del y
print(gc.collect())

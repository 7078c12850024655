# __del__ runs when the last reference goes away (refcount reaches zero)
class Noisy:
    def __init__(self, name):
        self.name = name
        print('init', name)
    def __del__(self):
        print('del', self.name)
a = Noisy('a')
b = a
del a
print('after del a')
del b
print('after del b')
Noisy('temp')
print('after temp')
c = Noisy('c')
c = Noisy('c2')
print('rebound')
def scope():
    local = Noisy('local')
    print('leaving scope')
scope()
print('after scope')
items = [Noisy('x'), Noisy('y')]
items.pop(0)
print('popped')
items.clear()
print('cleared')
last = Noisy('end')

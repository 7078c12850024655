# del drops the last reference immediately: __del__ runs at the del statement, not later
class R:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('freed', self.n)
a = R(1)
b = R(2)
print('before del')
del a
print('after del a')
lst = [R(3), R(4)]
del lst[0]
print('after del lst[0]')
d = {'k': R(5)}
del d['k']
print('after del d[k]')
holder = R(6)
holder.child = R(7)
del holder.child
print('after del attribute')
b = None
print('after rebinding b')
del holder
print('end')

import sys, gc
class C:
    def __init__(self, v):
        self.v = v
    def get(self):
        return sys.getrefcount(self)
    def __add__(self, o):
        print('in add', sys.getrefcount(self), sys.getrefcount(o))
        return 0
    def __del__(self):
        print('del', self.v)
print(sys.getrefcount(C))
a = C(1)
print(sys.getrefcount(C), sys.getrefcount(a), a.get())
b = C(2)
print(sys.getrefcount(C))
a + b
m = a.get
print(sys.getrefcount(a), m())
del m
print(sys.getrefcount(a))
x = [a, b]
print(sys.getrefcount(a))
i = 0
del x
del a
c = C(3)
print(True)
d = c.__dict__
print(sys.getrefcount(d), d)
del b
class D:
    pass
e = D()
e.x = e
n0 = gc.get_count()[0]
f = D()
print(gc.get_count()[0] - n0)
print(sys.getsizeof(e), sys.getsizeof(D), sys.getsizeof(C(9)))
print('end')

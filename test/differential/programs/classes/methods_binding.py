# bound methods: identity, equality, __self__, __func__, calling through the class
class A:
    def m(self, x):
        return (self.tag, x)
a = A()
a.tag = 'a'
bm = a.m
print(bm(1), A.m(a, 2), bm.__self__ is a, bm.__func__ is A.m)
print(a.m is a.m, a.m == a.m, bm == a.m)
b = A()
b.tag = 'b'
print(a.m == b.m, b.m(3))
f = A.m
print(f(b, 4), callable(bm), callable(A))
a.m = lambda x: 'instance attr ' + str(x)
print(a.m(5), b.m(5))
class B:
    def __init__(self):
        self.handlers = [self.one, self.two]
    def one(self):
        return 1
    def two(self):
        return 2
print([h() for h in B().handlers])

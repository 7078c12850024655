# a freed instance's block is reused by the next instance, even of another class of the same block size
class A:
    pass
class B:
    def __init__(self):
        self.x = 1
a = A()
i = id(a)
del a
b = A()
r1 = id(b) == i
j = id(b)
del b
c = B()
r2 = id(c) == j
k = id(c)
del c
d = A()
r3 = id(d) == k
o1 = A()
o2 = A()
print(r1, r2, r3)
print(o1 is o2, id(o1) == id(o2))

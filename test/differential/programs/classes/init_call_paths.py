# Calling a class: type_call → object_new → __init__, and the paths around it. The
# positional arguments travel in a tuple (_PyObject_MakeTpCall) that takes a block from
# the tuple free list while __init__ runs; a failing __init__ releases the new object.
import sys

class P:
    def __init__(self, x, y):
        self.t = (x, y)

a, b = 'a', 'b'
q = (a, b)
qid = id(q)
del q
p = P(a, b)
print(id(p.t) == qid)          # False: the argument tuple held q's block
r = (b, a)
print(id(r) == qid)            # True: it went back to the free list
del r

class Bad:
    def __init__(self):
        return 5
try:
    Bad()
except TypeError as e:
    print(e)

class Fails:
    def __init__(self, n):
        global seen
        seen = id(self)
        raise ValueError(n)
try:
    Fails(3)
except ValueError as e:
    print(repr(e))
f = Fails.__new__(Fails)
print(id(f) == seen)           # the failed object's block was freed, and reused
del f

class Plain:
    pass
print(type(Plain()).__name__)
try:
    Plain(1)
except TypeError as e:
    print(e)
try:
    Plain(x=1)
except TypeError as e:
    print(e)

class KW:
    def __init__(self, x, *, y=0):
        self.s = x + y
print(KW(1, y=2).s, KW(4).s)

class WithNew:
    def __new__(cls, *args):
        print('new', args)
        return super().__new__(cls)
    def __init__(self, *args):
        print('init', args)
WithNew(1, 2)

class Meta(type):
    def __call__(cls, *args):
        print('meta call', args)
        return super().__call__(*args)
class M(metaclass=Meta):
    def __init__(self, v):
        self.v = v
print(M(7).v)

class Other:
    def __new__(cls):
        return 42
    def __init__(self):
        print('never')
print(Other())

n = P(1, 2)
print(sys.getrefcount(n), sys.getrefcount(P) - sys.getrefcount(Plain))

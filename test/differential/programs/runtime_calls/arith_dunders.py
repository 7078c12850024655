# arithmetic, comparison and unary dunders and their reflected forms: which runs, and references to both operands
import sys
class N:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        print('  add', sys.getrefcount(self), sys.getrefcount(o))
        return NotImplemented if not isinstance(o, N) else N(self.v + o.v)
    def __radd__(self, o):
        print('  radd', sys.getrefcount(self), sys.getrefcount(o))
        return N(self.v + 100)
    def __iadd__(self, o):
        print('  iadd', sys.getrefcount(self), sys.getrefcount(o))
        self.v += 1
        return self
    def __sub__(self, o):
        print('  sub', sys.getrefcount(self), sys.getrefcount(o))
        return NotImplemented
    def __rsub__(self, o):
        print('  rsub', sys.getrefcount(self), sys.getrefcount(o))
        return 5
    def __mul__(self, o):
        print('  mul', sys.getrefcount(self), sys.getrefcount(o))
        return 6
    def __neg__(self):
        print('  neg', sys.getrefcount(self))
        return 7
    def __abs__(self):
        print('  abs', sys.getrefcount(self))
        return 8
    def __lt__(self, o):
        print('  lt', sys.getrefcount(self), sys.getrefcount(o))
        return NotImplemented
    def __gt__(self, o):
        print('  gt', sys.getrefcount(self), sys.getrefcount(o))
        return True
    def __eq__(self, o):
        print('  eq', sys.getrefcount(self), sys.getrefcount(o))
        return NotImplemented
    def __pow__(self, o, m=None):
        print('  pow', sys.getrefcount(self), sys.getrefcount(o), m)
        return 9
    def __index__(self):
        print('  index', sys.getrefcount(self))
        return 1
    def __int__(self):
        print('  int', sys.getrefcount(self))
        return 2
    def __float__(self):
        print('  float', sys.getrefcount(self))
        return 2.5
class Sub(N):
    def __radd__(self, o):
        print('  Sub radd', sys.getrefcount(self), sys.getrefcount(o))
        return N(0)
a, b = N(1), N(2)
s = Sub(3)
lst = [1]
print('a + b:'); r = a + b
print('a + lst:'); r = a + lst
print('lst + a:')
try:
    r = lst + a
except TypeError as e:
    print(e)
print('1 + a:'); r = 1 + a
print('a + s (subclass first):'); r = a + s
print('a += b:'); a += b
print('a - b:'); r = a - b
print('1 - a:'); r = 1 - a
print('a * 2:'); r = a * 2
print('-a, abs(a):'); r = -a; r = abs(a)
print('a < b:'); r = a < b
print('a > lst:'); r = a > lst
print('a == b:'); r = a == b
print('a == lst:'); r = a == lst
print('a != b:'); r = a != b
print('pow:'); r = a ** 2; r = pow(a, 2, 3)
print('index:'); r = lst[a]; r = [0, 1, 2][a:]; r = range(a); r = hex(a); r = bin(a); r = operator_index = (1).__class__(a)
print('int/float:'); r = int(a); r = float(a)
print('round/divmod absent:')
try:
    divmod(a, 2)
except TypeError as e:
    print(e)

import sys
class Base:
    def __init__(self, x):
        self.x = x
    def who(self):
        return 'Base'
class Mid(Base):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
    def who(self):
        return 'Mid>' + super().who()
class Leaf(Mid):
    def who(self):
        return 'Leaf>' + super(Leaf, self).who()
o = Leaf(1, 2)
print(o.who(), o.x, o.y, Leaf.__mro__)
class G:
    def __getattr__(self, name):
        return 'missing:' + name
g = G()
g.real = 1
print(g.real, g.other)
class S:
    __slots__ = ('a', 'b')
s = S()
s.a = 1
print(s.a, S.__dict__['a'])
try:
    s.c = 3
except AttributeError as e:
    print(e)
try:
    s.b
except AttributeError as e:
    print(e)
class P:
    def _get(self):
        return 42
    v = property(_get)
print(P().v)
try:
    P().v = 1
except AttributeError as e:
    print(e)
class K(Exception):
    pass
try:
    raise K('boom', 2)
except K as e:
    print(e, e.args)
try:
    {}['key']
except KeyError as e:
    print(e, e.args)
print(str(ValueError()), str(ValueError('a', 1)), ValueError('x').__repr__())
try:
    raise StopIteration(5)
except StopIteration as e:
    print(e.value)
class It:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n
for v in It():
    print(v)
class L:
    def __len__(self):
        return -1
try:
    bool(L())
except ValueError as e:
    print(e)
class T:
    def __bool__(self):
        return 1
try:
    if T(): pass
except TypeError as e:
    print(e)
class M(list):
    pass
ml = M([1, 2])
ml.tag = 't'
print(ml, ml.tag, sys.getsizeof(M()), M.__mro__)

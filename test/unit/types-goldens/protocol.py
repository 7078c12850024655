import sys
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ':', e)
class V:
    def __init__(self, x): self.x = x
    def __add__(self, o):
        if type(o) is int: return V(self.x + o)
        return NotImplemented
    def __radd__(self, o): return V(o * 100 + self.x)
    def __repr__(self): return 'V(%d)' % self.x
    def __eq__(self, o): return type(o) is V and o.x == self.x
    def __lt__(self, o): return self.x < o.x
class W(V):
    def __radd__(self, o): return 'W.radd'
t(lambda: V(1) + 2)
t(lambda: 3 + V(1))
t(lambda: V(1) + W(2))
t(lambda: V(1) + 'a')
t(lambda: V(1) == V(1))
t(lambda: V(1) != V(2))
t(lambda: V(1) > V(0))
t(lambda: V(1) <= V(0))
t(lambda: [] < 1)
t(lambda: 1 + 'a')
t(lambda: 5[0])
t(lambda: 5())
t(lambda: V(1).y)
t(lambda: (1).__add__(2))
t(lambda: int.__add__('a', 1))
t(lambda: list.append(1, 2))
t(lambda: [].append())
t(lambda: object(1))
t(lambda: V())
class E: pass
t(lambda: E(1))
t(lambda: E.__mro__)
t(lambda: E().__class__)
t(lambda: type(E()))
t(lambda: type(E))
t(lambda: E.__name__ + E.__qualname__ + E.__module__)
t(lambda: object.__repr__(E()).startswith('<__main__.E object at 0x'))
t(lambda: [1,2].__len__())
t(lambda: list.__len__([1,2,3]))
t(lambda: 'abc'.__contains__('b'))
t(lambda: {}.__getitem__(1))
t(lambda: (5).__neg__())
t(lambda: int.__dict__['__add__'])
t(lambda: list.__dict__['append'])
t(lambda: object.__dict__['__class__'])
t(lambda: int.__hash__)
t(lambda: list.__hash__)
t(lambda: E.__hash__ is object.__hash__)
t(lambda: V.__hash__)
t(lambda: sys.getsizeof(E()))
class A: pass
class B(A): pass
def mk(*bases):
    return type('X', bases, {})
t(lambda: mk(A, B))
t(lambda: mk(A, A))
t(lambda: mk(int, str))
t(lambda: mk(bool))
t(lambda: mk(B, A).__mro__)
t(lambda: mk(B).__mro__)

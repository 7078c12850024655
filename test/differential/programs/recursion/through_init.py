# recursion through the runtime (type.__call__ -> __init__, repr() -> __repr__, sorted key=, map) works to CPython's depth
class A:
    def __init__(self, n):
        self.c = A(n - 1) if n else None
a = A(400)
n = 0
x = a
while x is not None:
    n += 1
    x = x.c
print('A(400) depth', n)
del a, x

def f(n):
    return sorted([1], key=lambda v: f(n - 1)) if n else 0
print('sorted key', f(300))

def g(n):
    return list(map(lambda v: g(n - 1), [1])) if n else 0
print('map', g(300) is not None)

class R:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return repr(R(self.n - 1)) if self.n else 'R'
print('repr', repr(R(300)))

class E:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        return E(self.n - 1) == E(self.n - 1) if self.n else True
    def __hash__(self):
        return hash(E(self.n - 1)) if self.n else 7
print('eq hash', E(300) == E(300), hash(E(300)))

class G:
    def __getitem__(self, i):
        return G()[i - 1] if i else 'bottom'
print('getitem', G()[300])

# how deep an unbounded __init__ recursion gets: a C call (type.__call__) and a frame per level
depth = 0
class B:
    def __init__(self):
        global depth
        depth += 1
        self.b = B()
try:
    B()
except RecursionError as e:
    print(depth, e)

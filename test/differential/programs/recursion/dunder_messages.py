# infinite recursion through a dunder: the depth reached and the message suffix say which C guard ran out
def run(label, f):
    global depth
    depth = 0
    try:
        f()
    except RecursionError as e:
        print(label, depth, e)

class R:
    def __repr__(self):
        global depth
        depth += 1
        return repr(self)
run('repr', lambda: repr(R()))

class S:
    def __str__(self):
        global depth
        depth += 1
        return str(self)
run('str', lambda: str(S()))

class F:
    def __format__(self, spec):
        global depth
        depth += 1
        return format(self, spec)
run('format', lambda: format(F(), ''))

class Q:
    def __eq__(self, other):
        global depth
        depth += 1
        return self == other
run('eq', lambda: Q() == Q())

class L:
    def __lt__(self, other):
        global depth
        depth += 1
        return self < other
run('lt', lambda: L() < L())

class H:
    def __hash__(self):
        global depth
        depth += 1
        return hash(self)
run('hash', lambda: hash(H()))

class N:
    def __len__(self):
        global depth
        depth += 1
        return len(self)
run('len', lambda: len(N()))

class B:
    def __bool__(self):
        global depth
        depth += 1
        return bool(self)
run('bool', lambda: bool(B()))

class G:
    def __getitem__(self, i):
        global depth
        depth += 1
        return self[i]
run('getitem', lambda: G()[0])

class A:
    def __getattr__(self, name):
        global depth
        depth += 1
        return getattr(self, name)
run('getattr', lambda: A().x)

class C:
    def __call__(self):
        global depth
        depth += 1
        return self()
run('call', lambda: C()())

class I:
    def __iter__(self):
        global depth
        depth += 1
        return iter(self)
run('iter', lambda: iter(I()))

class Add:
    def __add__(self, other):
        global depth
        depth += 1
        return self + other
run('add', lambda: Add() + 1)

class Cont:
    def __contains__(self, x):
        global depth
        depth += 1
        return x in self
run('contains', lambda: 1 in Cont())

class Meta(type):
    def __instancecheck__(cls, obj):
        global depth
        depth += 1
        return isinstance(obj, cls)
class M(metaclass=Meta):
    pass
run('instancecheck', lambda: isinstance(1, M))

class Init:
    def __init__(self):
        global depth
        depth += 1
        Init()
run('init', Init)

def plain():
    global depth
    depth += 1
    plain()
run('function', plain)

# protocols the runtime reaches through other calls: ** and dict() via keys()/__getitem__, unpacking and f(*x) via __iter__, `in` falling back to __iter__ and __getitem__, bool() falling back to __len__, next() with a default, sum() via __radd__/__add__, any()/all() via __bool__
import sys
log = []
class M:
    def keys(self):
        log.append(('keys', sys.getrefcount(self)))
        return ['kx', 'ky']
    def __getitem__(self, k):
        log.append(('getitem', k, sys.getrefcount(self), sys.getrefcount(k)))
        return k * 2
class It:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __iter__(self):
        log.append(('iter', sys.getrefcount(self)))
        return self
    def __next__(self):
        log.append(('next', self.i, sys.getrefcount(self)))
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
class Seq:
    def __getitem__(self, i):
        log.append(('seqitem', i, sys.getrefcount(self)))
        if i >= 3:
            raise IndexError(i)
        return i * 10
class Sized:
    def __len__(self):
        log.append(('len', sys.getrefcount(self)))
        return 0
class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        log.append(('bool', self.v, sys.getrefcount(self)))
        return self.v
class N:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        log.append(('add', self.v, sys.getrefcount(self), sys.getrefcount(other)))
        return N(self.v + (other.v if isinstance(other, N) else other))
    def __radd__(self, other):
        log.append(('radd', self.v, sys.getrefcount(self), other))
        return N(self.v + other)
def show(what, result):
    print(what, result, log)
    log.clear()
def f(*args, **kwargs):
    return args, sorted(kwargs.items())
m = M()
show('f(**m)', f(**m))
show('dict(m)', dict(m))
d = {}
d.update(m)
show('update', d)
a, b = It(2)
show('unpack', (a, b))
show('f(*it)', f(*It(3)))
show('tuple', tuple(It(2)))
show('set', sorted(set(It(2))))
s = Seq()
show('in seq', 20 in s)
show('not in seq', 5 in s)
show('in iter', 2 in It(3))
show('list(seq)', list(s))
show('bool via len', bool(Sized()))
z = Sized()
show('if via len', 'yes' if z else 'no')
it = It(1)
show('next', next(it))
show('next default', next(it, 'done'))
show('sum', sum([N(1), N(2)]).v)
show('sum start', sum([N(1)], N(10)).v)
show('any', any([B(False), B(True), B(True)]))
show('all', all([B(True), B(False), B(True)]))
show('not', not B(True))

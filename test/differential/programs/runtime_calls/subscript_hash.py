# __setitem__, __delitem__ and __getitem__ run by subscription statements (slices, augmented a[k] += v), __index__ run by list and tuple indexing, __hash__ run by hash(): references to self, key and value
import sys
log = []
class S:
    def __getitem__(self, k):
        log.append(('get', type(k).__name__, sys.getrefcount(self), sys.getrefcount(k)))
        return 500
    def __setitem__(self, k, v):
        log.append(('set', type(k).__name__, sys.getrefcount(self), sys.getrefcount(k), sys.getrefcount(v)))
    def __delitem__(self, k):
        log.append(('del', type(k).__name__, sys.getrefcount(self), sys.getrefcount(k)))
class I:
    def __init__(self, i):
        self.i = i
    def __index__(self):
        log.append(('index', self.i, sys.getrefcount(self)))
        return self.i
class H:
    def __init__(self, h):
        self.h = h
    def __hash__(self):
        log.append(('hash', sys.getrefcount(self)))
        return self.h
class V:
    pass
def show(what, result):
    print(what, result, log)
    log.clear()
s = S()
key = ('k', 1)
val = V()
s[key] = val
show('setitem', None)
s[key]
show('getitem', None)
del s[key]
show('delitem', None)
s[1:3] = val
show('set slice', None)
s[1:3]
show('get slice', None)
del s[::2]
show('del slice', None)
s[key] += 1
show('augmented', None)
s[key, 2] = val
show('tuple key', None)
lst = [10, 20, 30]
show('list[I]', lst[I(1)])
show('tuple[I]', (7, 8, 9)[I(2)])
lst[I(0)] = 11
show('list[I] =', lst)
show('list[I:I]', lst[I(0):I(2)])
show('range[I]', range(100)[I(5)])
show('hash', hash(H(12345)))
show('hash big', hash(H(2**64 + 3)))
show('hash -1', hash(H(-1)))

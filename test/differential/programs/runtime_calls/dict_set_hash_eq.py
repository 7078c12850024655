# __hash__ and __eq__ run by dict and set operations: call order and references to self and other
import sys
class H:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        print('  hash', self.n, sys.getrefcount(self))
        return 7
    def __eq__(self, other):
        print('  eq', self.n, getattr(other, 'n', other), sys.getrefcount(self), sys.getrefcount(other))
        return isinstance(other, H) and self.n == other.n
a, b, a2 = H(1), H(2), H(1)
print('dict set:'); d = {}; d[a] = 'a'
print('dict set 2:'); d[b] = 'b'
print('dict get:'); print(d[a2])
print('dict get method:'); print(d.get(b))
print('in dict:'); print(a2 in d)
print('display:'); d2 = {a: 1, b: 2}
print('del:'); del d[a2]
print('pop:'); print(d.pop(b))
print('setdefault:'); print(d.setdefault(a, 0))
print('dict update:'); d.update({b: 3})
print('dict(list):'); d3 = dict([(a, 1)])
print('fromkeys:'); d4 = dict.fromkeys([a, b])
print('set add:'); s = set(); s.add(a); s.add(a2)
print('set display:'); s2 = {a, b}
print('in set:'); print(b in s2)
print('set(list):'); s3 = set([a, b, a2])
print('frozenset:'); fs = frozenset([a])
print('discard:'); s2.discard(a2)
print('hash():'); print(hash(a))
print('list.index:'); print([b, a].index(a2))
print('list in:'); print(a2 in [b, a])
print('list.count:'); print([a, b, a].count(a2))
print('list ==:'); print([a] == [a2])
print('tuple ==:'); print((a,) == (a2,))
print('list.remove:'); l = [b, a]; l.remove(a2); print(len(l))

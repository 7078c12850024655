# __getitem__ (and the old sequence iteration protocol), __iter__ and __next__ run by the runtime
import sys
class Seq:
    def __getitem__(self, i):
        print('  getitem', i, sys.getrefcount(self))
        if i >= 2:
            raise IndexError(i)
        return i * 10
class It:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        print('  iter', sys.getrefcount(self))
        return self
    def __next__(self):
        print('  next', sys.getrefcount(self))
        self.i += 1
        if self.i > 2:
            raise StopIteration
        return self.i
class Bag:
    def __iter__(self):
        print('  bag iter', sys.getrefcount(self))
        return iter([1, 2])
    def __len__(self):
        print('  bag len', sys.getrefcount(self))
        return 2
s = Seq()
print('s[1]:'); print(s[1])
key = 'k' * 3
print('s[key] mapping:')
try:
    s[5]
except IndexError as e:
    print('IndexError', e)
print('for over seq:')
for v in s:
    print(' ', v)
print('list(seq):'); print(list(s))
print('tuple(seq):'); print(tuple(s))
print('in seq:'); print(10 in s)
print('unpack seq:'); p, q = s; print(p, q)
print('iter(seq):'); it = iter(s); print(next(it))
print('for over it:')
for v in It():
    print(' ', v)
print('list(It()):'); print(list(It()))
print('next():'); i2 = It(); print(next(i2))
print('next default:'); print(next(i2), next(i2, 'end'))
print('list(Bag()):'); print(list(Bag()))
print('tuple(Bag()):'); print(tuple(Bag()))
print('set(Bag()):'); print(set(Bag()))
print('list.extend:'); z = []; z.extend(Bag()); print(z)
print('sorted(Bag()):'); print(sorted(Bag()))
print('unpack Bag:'); m, n = Bag(); print(m, n)
print('star Bag:'); print([*Bag()])
print('sum(It()):'); print(sum(It()))
print('dict(zip):'); print(dict(zip(Bag(), Bag())))
print('str.join:'); print('-'.join(map(str, Bag())))
print('yield from:')
def gen():
    yield from It()
print(list(gen()))

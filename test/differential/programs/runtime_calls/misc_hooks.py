# other runtime hooks: __reversed__, __missing__, __instancecheck__, __subclasscheck__, __round__, __length_hint__, __bytes__ (and the __len__/__length_hint__ size guesses of list(), bytes())
import sys
class Rev:
    def __reversed__(self):
        print('  reversed', sys.getrefcount(self))
        return iter([2, 1])
class SeqR:
    def __len__(self):
        print('  len', sys.getrefcount(self))
        return 2
    def __getitem__(self, i):
        print('  getitem', i, sys.getrefcount(self))
        if i >= 2:
            raise IndexError(i)
        return i
class Miss(dict):
    def __missing__(self, key):
        print('  missing', key, sys.getrefcount(self), sys.getrefcount(key))
        return 0
class MetaCheck(type):
    def __instancecheck__(cls, obj):
        print('  instancecheck', sys.getrefcount(cls), sys.getrefcount(obj))
        return True
    def __subclasscheck__(cls, sub):
        print('  subclasscheck', sys.getrefcount(cls), sys.getrefcount(sub))
        return False
class Checked(metaclass=MetaCheck):
    pass
class By:
    def __bytes__(self):
        print('  bytes', sys.getrefcount(self))
        return b'by'
class Rnd:
    def __round__(self, n=None):
        print('  round', sys.getrefcount(self), n)
        return 1
class Hint:
    def __iter__(self):
        print('  iter', sys.getrefcount(self))
        return self
    def __next__(self):
        raise StopIteration
    def __length_hint__(self):
        print('  length_hint', sys.getrefcount(self))
        return 5
print('reversed(Rev()):'); print(list(reversed(Rev())))
print('reversed(SeqR()):'); print(list(reversed(SeqR())))
m = Miss()
k = 'key' + str(len(m))
print('missing:'); print(m[k])
print('missing get():'); print(m.get(k))
obj = [1]
print('isinstance:'); print(isinstance(obj, Checked))
print('issubclass:'); print(issubclass(list, Checked))
print('isinstance exact:'); print(isinstance(Checked(), Checked))
print('round():'); print(round(Rnd()), round(Rnd(), 2))
print('list(Hint()):'); print(list(Hint()))
print('tuple(Hint()):'); print(tuple(Hint()))
print('list.extend(Hint()):'); z = []; z.extend(Hint()); print(z)
print('[*Hint()]:'); print([*Hint()])
print('set(Hint()):'); print(set(Hint()))
print('dict.update(Hint()):')
d = {}; d.update(Hint()); print(d)
print('str.join(Hint()):'); print('-'.join(Hint()))
print('sorted(Hint()):'); print(sorted(Hint()))
print('bytes(SeqR()):'); print(bytes(SeqR()))
print('bytearray(SeqR()):'); print(bytearray(SeqR()))
print('list(SeqR()):'); print(list(SeqR()))
print('tuple(SeqR()):'); print(tuple(SeqR()))
print('bytes(Hint()):'); print(bytes(Hint()))
print('bytes(By()):'); print(bytes(By()))

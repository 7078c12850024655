# __len__, __bool__ and __contains__ run by len(), truth tests and `in`
import sys
class L:
    def __len__(self):
        print('  len', sys.getrefcount(self))
        return 2
class B:
    def __bool__(self):
        print('  bool', sys.getrefcount(self))
        return False
class C:
    def __contains__(self, x):
        print('  contains', sys.getrefcount(self), sys.getrefcount(x))
        return True
l, b, c = L(), B(), C()
print('len():'); print(len(l))
print('bool():'); print(bool(b))
print('bool() by len:'); print(bool(l))
print('if:')
if b:
    pass
print('if by len:')
if l:
    pass
print('not:'); print(not b)
print('and/or:'); print(b or 1, l and 2)
print('while:')
while b:
    pass
print('ternary:'); print(1 if l else 0)
print('filter None:'); print(list(filter(None, [b, l])) == [l])
print('any/all:'); print(any([b]), all([l]))
print('in:'); x = object(); print(x in c)
print('not in:'); print(x not in c)
print('operator in list of:'); print(b in [l, b])
print('len of list:'); print(len([l]))
print('list(l) asks len? no iter:')
try:
    list(l)
except TypeError as e:
    print(e)

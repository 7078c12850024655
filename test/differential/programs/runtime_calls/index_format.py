# __index__ and __format__ run by the runtime: references to self and the format spec
import sys
class I:
    def __index__(self):
        print('  index', sys.getrefcount(self))
        return 1
    def __format__(self, spec):
        print('  format', repr(spec), sys.getrefcount(self))
        return 'F'
i = I()
lst = [10, 20, 30]
print('lst[i]:'); print(lst[i])
print('lst[i:]:'); print(lst[i:])
print('lst[i] = :'); lst[i] = 21
print('range(i):'); print(list(range(i)))
print('hex/bin/oct:'); print(hex(i), bin(i), oct(i))
print('"ab" * i:'); print('ab' * i)
print('lst * i:'); print(lst * i)
print("int(i):"); print(int(i))
print('format(i):'); print(format(i))
print('format(i, spec):'); print(format(i, '>5'))
spec = 'abc' + str(len(lst))
print('format dyn spec:'); print(format(i, spec), sys.getrefcount(spec))
print('f-string:'); print(f'{i}')
print('f-string spec:'); print(f'{i:x}')
print('f-string dyn spec:'); w = 3; print(f'{i:{w}}')
print('str.format:'); print('{}|{:q}'.format(i, i))
print('%d:'); print('%d' % i)
print('list.pop(i):'); print(lst.pop(i))
print('tuple[i]:'); print((1, 2)[i])
print('str[i]:'); print('xyz'[i])

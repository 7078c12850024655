# __repr__/__str__/__format__/__sizeof__ run by the runtime: the references the C callers hold to self
import sys
class R:
    def __repr__(self):
        print('  repr', sys.getrefcount(self))
        return 'R'
class S:
    def __repr__(self):
        print('  repr', sys.getrefcount(self))
        return 'S'
    def __str__(self):
        print('  str', sys.getrefcount(self))
        return 's'
    def __format__(self, spec):
        print('  format', repr(spec), sys.getrefcount(self), sys.getrefcount(spec) if len(spec) > 1 else '')
        return 'f'
    def __sizeof__(self):
        print('  sizeof', sys.getrefcount(self))
        return 40
r, s = R(), S()
print('print(r):'); print(r)
print('print(s, r):'); print(s, r)
print('print(s, sep=..):'); print(s, sep='-')
print('repr(s):'); repr(s)
print('str(s):'); str(s)
print('str(r):'); str(r)
print('ascii(s):'); ascii(s)
print('list repr:'); repr([s])
print('tuple repr:'); repr((s,))
print('dict repr:'); repr({'k': s})
print('dict key repr:'); repr({s: 1})
print('set repr:'); repr({s})
print('nested:'); repr([[s]])
print('%s:'); '%s' % s
print('%r:'); '%r' % (s,)
print('%s dict:'); '%(a)s' % {'a': s}
print('f-string:'); f'{s}'
print('f-string !r:'); f'{s!r}'
print('f-string !s:'); f'{s!s}'
print('f-string spec:'); f'{s:>4}'
print('format():'); format(s, 'x')
print('str.format:'); '{}'.format(s)
print('str.format !r:'); '{!r}'.format(s)
print('getsizeof:'); sys.getsizeof(s)
print('getsizeof default:'); sys.getsizeof(s, 0)
print('str.join needs str:')
try:
    ''.join([s])
except TypeError as e:
    print(e)

# sys.getsizeof of strings built at runtime: the result's kind is that of its widest character
import sys
a = 'abc'
e = chr(233)
print(sys.getsizeof(a + a), sys.getsizeof(a + e), sys.getsizeof(a + chr(0x20ac)), sys.getsizeof(a + chr(0x1F600)))
parts = ['x', 'yy', 'zzz']
print(sys.getsizeof(''.join(parts)), sys.getsizeof('-'.join(parts)), sys.getsizeof(e.join(parts)))
print(sys.getsizeof(f'{a}{e}'), sys.getsizeof(f'{42:>10}'), sys.getsizeof(str(3.25)))
print(sys.getsizeof(a.replace('b', e)), sys.getsizeof((a + e).replace(e, 'b')))
print(sys.getsizeof(' pad '.strip()), sys.getsizeof('A,B,C'.split(',')[1]), sys.getsizeof('abcdef'[::2]))
print(sys.getsizeof(str(2 ** 100)), sys.getsizeof(repr('q')), sys.getsizeof(a * 0))

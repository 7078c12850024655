# sys.getsizeof of Latin-1 (non-ASCII, all < 256) strings: 73 bytes + one per character
import sys
e = chr(233)
print(sys.getsizeof(e), sys.getsizeof(e * 2), sys.getsizeof(e * 10), sys.getsizeof(e * 1000))
for s in ('caf\xe9', '\xff', 'na\xefve', '\xa0' * 5, '\x80'):
    print(len(s), sys.getsizeof(s))
mixed = 'a' * 10 + e
print(len(mixed), sys.getsizeof(mixed), sys.getsizeof(mixed[:10]), sys.getsizeof(mixed[10:]))
print(sys.getsizeof('\xe9t\xe9'.upper()), sys.getsizeof('\xc9T\xc9'.lower()))
print(sys.getsizeof(chr(127)), sys.getsizeof(chr(128)), sys.getsizeof(chr(255)))

# sys.getsizeof of bytes: 33 bytes + one per byte (ob_sval keeps a trailing NUL)
import sys
for n in (0, 1, 2, 7, 8, 15, 16, 100, 479, 480, 1000):
    print(n, sys.getsizeof(b'x' * n), sys.getsizeof(bytes(n)))
print(sys.getsizeof(b'hello'), sys.getsizeof(bytes([1, 2, 3])), sys.getsizeof(b'ab' + b'cd'))
print(sys.getsizeof('caf\xe9'.encode()), sys.getsizeof(b'abcdef'[1:4]), sys.getsizeof(b'x'.join([b'a', b'b'])))
print(b'abc'.__sizeof__(), sys.getsizeof(b'abc') - b'abc'.__sizeof__())

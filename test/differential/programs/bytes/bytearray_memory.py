# bytearray memory: the object and its buffer are separate blocks; ids, refcounts and gc counts around bytearray operations
import sys, gc
gc.collect()
b = bytearray(b'abc')
print(sys.getrefcount(b), gc.is_tracked(b), sys.getsizeof(b), b.__sizeof__(), b.__alloc__())
c0 = gc.get_count()[0]
x = bytearray(100)
y = bytearray(b'xyz') + b'!'
y.append(1)
y.extend(b'long enough to move the buffer')
print(gc.get_count()[0] - c0)
i = id(x)
del x
z = bytearray(5)
print(id(z) == i)
class B(bytearray):
    pass
s = B(b'sub')
print(type(s).__name__, s, sys.getsizeof(s), gc.is_tracked(s), s + b'x', type(s + b'x').__name__, s.copy())
s.tag = 1
print(s.tag, s == b'sub', isinstance(s, bytearray), issubclass(B, bytearray))
big = bytearray(1000)
print(sys.getsizeof(big), len(big))
big.append(1)
print(sys.getsizeof(big))
del big[:900]
print(sys.getsizeof(big), len(big))
it = iter(bytearray(b'ab'))
print(type(it).__name__, next(it), next(it), next(it, 'done'))
r = bytearray(b'q')
n0 = sys.getrefcount(r)
lst = [r, r]
print(sys.getrefcount(r) - n0)
del lst
print(sys.getrefcount(r) - n0, bytearray.__name__, bytearray.__module__ if hasattr(bytearray, '__module__') else '')
print(bytearray(b'\'"\\\n\t\x00\x7f\x80'), bytearray(b"'"), bytearray(b'"'))
print(str(bytearray(b'x')), repr(bytearray()), f'{bytearray(b"f")}')

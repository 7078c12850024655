# bytearray indexing and slicing: get, set, delete (simple and extended slices), with sizes
import sys
b = bytearray(b'0123456789')
print(b[0], b[-1], b[2:5], b[::2], b[::-1], b[8:2:-2], b[5:2], b[-3:])
b[0] = 65
b[-1] = 0x7a
print(b, sys.getsizeof(b))
b[1:3] = b'XYZW'
print(b, len(b), sys.getsizeof(b))
b[2:6] = b''
print(b, len(b), sys.getsizeof(b))
b[::2] = b'abcd'
print(b)
del b[::3]
print(b, sys.getsizeof(b))
del b[1]
print(b)
b[len(b):] = [1, 2, 3]
print(b, sys.getsizeof(b))
b[5:2] = b'<>'
print(b)
b[:] = b
print(b)
b[1:4] = bytearray(b'!')
print(b, sys.getsizeof(b))
b[::-1] = range(len(b))
print(b)
del b[:]
print(b, sys.getsizeof(b), b.__alloc__())
c = bytearray(b'abcdefghijklmnopqrstuvwxyz')
del c[:3]
print(c, sys.getsizeof(c), c.__alloc__())
del c[:10]
print(c, sys.getsizeof(c), c.__alloc__())
c.append(33)
print(c, sys.getsizeof(c))
c[0:0] = b'>>'
print(c, sys.getsizeof(c))

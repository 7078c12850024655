# bytearray over-allocates as it grows by append (about 1/8 extra), and its getsizeof includes the spare room
import sys
b = bytearray()
last = sys.getsizeof(b)
print(0, last)
for i in range(300):
    b.append(i % 256)
    s = sys.getsizeof(b)
    if s != last:
        print(len(b), s)
        last = s
c = bytearray(b'abc')
print(sys.getsizeof(c), sys.getsizeof(bytearray(10)))

# int.from_bytes takes PyObject_Bytes of its argument: __bytes__, a buffer or an iterable of ints;
# an object with only __index__ is no byte count there (bytes() alone reads it as one).
class Idx:
    def __index__(self): return 3
try:
    print(int.from_bytes(Idx(), 'big'))
except TypeError as e:
    print('TypeError', e)
class B:
    def __bytes__(self): return b'\x01\x02'
print(int.from_bytes(B(), 'big'), bytes(B()), bytes(Idx()), int.from_bytes([1, 2], 'little'), bytes(bytearray(b'ab')))
class Bad:
    def __bytes__(self): return 'x'
for f in (bytes, lambda o: int.from_bytes(o, 'big')):
    try: f(Bad())
    except TypeError as e: print(e)

# int() of bytes and bytearray: ASCII digits, with or without a base; the error quotes the bytes as a bytes object
for arg in (b'ab', bytearray(b'xy'), b' 12 ', bytearray(b'7'), b'1_000', b'\xff1', b'0x10'):
    try:
        print(int(arg))
    except ValueError as e:
        print(e)
for arg, base in ((b'ff', 16), (bytearray(b'ff'), 16), (bytearray(b'zz'), 10), (b'0x1f', 0)):
    try:
        print(int(arg, base))
    except (ValueError, TypeError) as e:
        print(e)

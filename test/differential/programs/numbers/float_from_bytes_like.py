# float() of bytes and bytearray: their ASCII text, C whitespace stripped; the error quotes the object's repr
for arg in (b'1.5', bytearray(b'2.5'), b'xy', bytearray(b'xy'), b' 3 ', b'1_0.5', b'nan', bytearray(b''),
            b'\xff', b'-1e5', b'\x1c1.0', [], None):
    try:
        print(float(arg))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

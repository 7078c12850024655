# bytes and bytearray find/count/index name what they accept (an int or a bytes-like object); 'in' asks for a bytes-like object
for call in (lambda: b'abc'.count('a'), lambda: b'abc'.find('a'), lambda: b'abc'.index('a'), lambda: b'abc'.rfind('a'),
             lambda: b'abc'.rindex('a'), lambda: 'a' in b'abc', lambda: bytearray(b'abc').count('a'),
             lambda: bytearray(b'abc').find(1.5), lambda: 'a' in bytearray(b'x'), lambda: b'abc'.count(300),
             lambda: b'abc'.startswith('a'), lambda: b'abc'.split('a'), lambda: b'abc'.replace('a', 'b')):
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# singletons: None/True/False, empty str/tuple/bytes, runtime 1-char Latin-1 strings, 1-byte bytes
E, T, B = '', (), b''
print(None is None, type(None)() is None, bool(1) is True, (1 == 1) is True, bool([]) is False)
print(str() is E, ''.join([]) is E, 'abc'[3:] is E, tuple() is T, tuple([]) is T, ()[:] is T)
print(bytes() is B, b'abc'[3:] is B)
abc, e_acute, xay = 'abc', 'é', 'xAy'
print(chr(65) is xay[1], chr(233) is chr(233), abc[1] is abc[1:2], chr(256) is chr(256))
print(e_acute[0] is chr(233), str(7) is str(7), str(10) is str(10), abc[0:2] is abc[0:2])
BA, BX = b'A', b'x'
print(bytes([65]) is BA, b'xyz'[0:1] is BX, bytes([200]) is bytes([200]))
print(frozenset() is frozenset(), set() is set(), [] is [], {} is {})
one = 1
pair = (1, 2)
print(pair[0] is one, [None][0] is None)
t = (1, 2)
print(t[:] is t, t[0:2] is t, tuple(t) is t, t[0:1] is t)
s = 'word'
print(s[:] is s, str(s) is s, s[0:4] is s)

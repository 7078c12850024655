# one-character Latin-1 strs and one-byte bytes are static singletons: fixed offsets apart
print(id(chr(98)) - id(chr(97)), id(chr(122)) - id(chr(97)) == 25 * 56)
print(id(chr(201)) - id(chr(200)), id(chr(255)) - id(chr(128)) == 127 * 80)
s = 'abc'
print(s[1] is chr(98), s[0:1] is chr(97), id('xyz'[2]) == id(chr(122)))
b = b'abc'
print(id(b[1:2]) - id(b[0:1]), id(bytes([255])) - id(bytes([0])) == 255 * 48)
print(bytes([97]) is b[0:1], chr(256) is chr(256), chr(300) == chr(300))
e = chr(233)
w = 'caf\xe9'
print(e is w[3], id(e) == id(w[-1]))

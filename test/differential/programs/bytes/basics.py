# bytes literals, indexing, slicing, repr, concatenation, comparison
b = b'hello'
print(b, b[0], b[-1], b[1:3], b[::-1])
print(b'a\x00\xff\n', rb'raw\n', b"dq'", b'sq"', b'both\'"')
print(b + b' world', b * 2, len(b), b'' == bytes())
print(b'ell' in b, 104 in b, b'z' not in b)
print(b'abc' < b'abd', list(b'AZ'), bytes([65, 66, 67]), bytes(3))
print(b.upper(), b.replace(b'l', b'L'), b.split(b'l'), b'-'.join([b'a', b'b']))
print(b.decode(), 'é'.encode(), 'é'.encode('utf-8').decode('utf-8'))
print(b.find(b'l'), b.count(b'l'), b.startswith(b'he'), b.hex())
for x in b'hi':
    print(x)
print(type(b).__name__, repr(b'\t\r\\'))

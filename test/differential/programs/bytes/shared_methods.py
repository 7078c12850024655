# bytes and bytearray share CPython's bytes_methods: results are of the receiver's type; a bytes
# method that changes nothing returns the bytes object itself; errors as CPython words them.
import sys
b = b'Hello World  '
ba = bytearray(b)
for x in (b, ba):
    print(x.capitalize(), x.swapcase(), x.title(), x.upper(), x.lower(), x.center(20, b'*'), x.ljust(16), x.rjust(16, b'-'))
    print(x.isalnum(), x.isalpha(), x.isascii(), x.isdigit(), x.islower(), x.isupper(), x.isspace(), x.istitle())
    print(x.partition(b' '), x.rpartition(b' '), x.partition(b'zz'), x.rpartition(bytearray(b'zz')))
    print(x.split(), x.rsplit(None, 1), x.split(b'o'), x.rsplit(b'o', 1), x.splitlines(), b'a\nb\r\nc\rd'.splitlines(True))
    print(x.strip(), x.lstrip(b'H'), x.rstrip(), x.replace(b'l', b'L'), x.replace(b'l', b'', 1), x.removeprefix(b'Hel'), x.removesuffix(b'  '))
    print(x.zfill(20), b'-42'.zfill(6), x.expandtabs(), b'a\tb\tc'.expandtabs(4), x.rindex(b'o'), x.translate(None, b'lo'))
    print(x.join([b'1', b'2', bytearray(b'3')]), type(x.join([])), x.count(b'l'), x.find(b'W'))
t = bytes.maketrans(b'abc', b'xyz')
print(len(t), b'aabbcc'.translate(t), bytearray(b'abc').translate(t), bytearray.maketrans(b'a', b'b')[97])
print(bytearray.fromhex('de ad be ef'), bytes.fromhex('00ff'))
s = b'abc'
print(s.strip() is s, s.replace(b'x', b'y') is s, s.center(2) is s, s.translate(None) is s, s.zfill(1) is s, s.removeprefix(b'z') is s)
one = b'a'
big = b'A'
print(s.upper() == b'ABC', one.upper() is big, one.strip() is one, b' a '.strip() is one, b'a b'.split()[0] is one)
print(s.split() [0] is s, s.partition(b'x')[0] is s, s.__bytes__() is s)
for bad in ("b'ab'.center(5, 'x')", "b'ab'.center(5, b'xy')", "b'ab'.strip('a')", "b'a'.partition(b'')", "b'a'.translate(b'x')", "b'a'.split(b'')", "b'a'.rindex(b'z')", "bytes.maketrans(b'a', b'bc')", "b'a'.join(['x'])"):
    try:
        print(eval(bad))
    except Exception as e:
        print(type(e).__name__, e)

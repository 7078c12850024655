# ord() of a bytearray: its one byte, or a TypeError naming its length like a str's
print(ord(bytearray(b'a')), ord(bytearray([255])))
for arg in (bytearray(), bytearray(b'xy'), b'', 'ab'):
    try:
        ord(arg)
    except TypeError as e:
        print(type(arg).__name__, e)
try:
    ord([97])
except TypeError as e:
    print(e)

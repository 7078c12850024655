# sys.getsizeof of 2-byte-kind strings (a character in U+0100..U+FFFF): 74 + 2 per character
import sys
euro = chr(0x20ac)
print(sys.getsizeof(euro), sys.getsizeof(euro * 2), sys.getsizeof(euro * 100))
s = 'price: 10' + euro
print(len(s), sys.getsizeof(s), sys.getsizeof(s[:-1]), sys.getsizeof(s[-1:]))
for cp in (0x100, 0x3b1, 0x4e2d, 0xfffd, 0xffff):
    print(hex(cp), sys.getsizeof(chr(cp)), sys.getsizeof(chr(cp) * 7))
w = chr(0x4e2d) + chr(0x6587)
print(sys.getsizeof(w), sys.getsizeof(w + 'ab'), sys.getsizeof(w + chr(233)))
print(sys.getsizeof(''.join([w] * 10)))

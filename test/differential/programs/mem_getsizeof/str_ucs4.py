# sys.getsizeof of 4-byte-kind strings (a character above U+FFFF): 76 + 4 per character
import sys
smile = chr(0x1F600)
print(sys.getsizeof(smile), sys.getsizeof(smile * 2), sys.getsizeof(smile * 50))
s = 'ok ' + smile
print(len(s), sys.getsizeof(s), sys.getsizeof(s[:3]), sys.getsizeof(s[3:]))
for cp in (0x10000, 0x1F40D, 0x10FFFF):
    print(hex(cp), sys.getsizeof(chr(cp)), sys.getsizeof(chr(cp) + 'a'))
mix = chr(0x4e2d) + chr(233) + 'a' + smile
print(len(mix), sys.getsizeof(mix), sys.getsizeof(mix[:3]), sys.getsizeof(mix[:2]), sys.getsizeof(mix[2:3]))

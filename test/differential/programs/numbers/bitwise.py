# bitwise operators on ints including negatives and big ints
a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a, a << 3, a >> 2)
print(-12 & 7, -12 | 7, -12 ^ 7, -1 >> 10, -16 >> 2)
print(1 << 64, (1 << 64) - 1 & 0xFFFF, (2 ** 100 + 5) & 0xF)
print(bin(a), bin(-5), hex(255), hex(-255), f'{8:#o}')
print(True & False, True | False, True ^ True)
print((255).bit_length(), (0).bit_length(), (-1024).bit_length())
x = 6
x &= 3
x |= 8
x ^= 1
x <<= 2
x >>= 1
print(x)

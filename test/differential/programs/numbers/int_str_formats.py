# int() and str() with bases, format() with grouping and padding, negative numbers in other bases
for n in [0, 7, -7, 255, 4096, -65535, 2 ** 40]:
    print(n, bin(n), oct(n), hex(n), format(n, ','), format(n, '+08d'))
print(int('777', 8), int('-ff', 16), int('zz', 36), int('0x1F', 16), int('0o17', 8), int('1010', base=2))
print(format(255, 'b'), format(255, '#010x'), format(-255, 'x'), format(10 ** 12, '_d'))
print(str(-0), str(10 ** 30), len(str(2 ** 1000)))

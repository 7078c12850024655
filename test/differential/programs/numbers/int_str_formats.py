# int() and str() with bases, format specs with grouping and padding, negative numbers in other bases
for n in [0, 7, -7, 255, 4096, -65535, 2 ** 40]:
    print(n, bin(n), f'{n:#o}', hex(n), f'{n:,}', f'{n:+08d}')
print(int('777', 8), int('-ff', 16), int('zz', 36), int('0x1F', 16), int('0o17', 8), int('1010', base=2))
print(f'{255:b}', f'{255:#010x}', f'{-255:x}', f'{10 ** 12:_d}', '{:o}'.format(8))
print(str(-0), str(10 ** 30), len(str(2 ** 1000)))

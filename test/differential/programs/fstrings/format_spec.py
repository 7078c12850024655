# f-string format specs: width, alignment, fill, sign, precision, types, nested spec
x = 3.14159
n = 42
s = 'hi'
print(f'[{n:5}] [{n:<5}] [{n:^5}] [{n:>5}] [{n:05}]')
print(f'[{s:5}] [{s:>5}] [{s:*^6}] [{s:.1}]')
print(f'{x:.2f} {x:8.3f} {x:e} {x:.0f} {-x:+.1f} {x:+.1f}')
print(f'{n:x} {n:X} {n:o} {n:b} {n:#x} {n:#b} {n:#o}')
print(f'{1234567:,} {1234567:_} {0.5:%} {0.125:.1%}')
w = 7
p = 2
print(f'[{x:{w}.{p}f}]')
print(f'{n:+d} {-n:d} {n: d}')
print(f'{n!r:>6}|{s!r:<6}|')
print(f'{n:08b}', f'{x:.3g}', f"{'ab':^6}")

# f-strings: expressions, nested quotes, conversions !r !s, escapes of braces
name = 'Ada'
n = 7
print(f'hello {name}')
print(f"{n} squared is {n * n}")
print(f'{name!r} {name!s} {n!r}')
print(f'{{literal}} {n}')
print(f'{"inner"} {[1, 2][0]} {n if n > 3 else 0}')
print(f'{name}{n}{name}')
print(F'upper {n}', rf'raw\n{n}', fr'{n}\t')
items = ['a', 'b']
print(f'{len(items)} items: {", ".join(items)}')
print(f'{None} {True} {3.5} {(1, 2)}')

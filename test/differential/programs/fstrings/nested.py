# f-strings with method calls, subscripts, dicts, nested f-strings and expressions
d = {'a': 1, 'b': 2}
words = ['x', 'yy', 'zzz']
print(f"{d['a']} {d['b'] * 10}")
print(f'{words[-1].upper()} {len(words[1])}')
print(f'{sum(len(w) for w in words)}')
print(f"{f'{1 + 1}'} {f'{words}'}")
print(f'{", ".join(w.title() for w in words)}')
print(f'{"{"}{"}"}')
for i in range(3):
    print(f'{i}:{i * i:>3}:{"#" * i}')

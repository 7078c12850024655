# building strings: join vs concatenation in loops, repetition, str() of numbers, padding tables
parts = []
for i in range(5):
    parts.append(str(i * i))
print(','.join(parts))
acc = ''
for ch in 'hello':
    acc = ch + acc
print(acc)
table = [('name', 'qty'), ('apple', 3), ('kiwi', 12)]
for name, qty in table:
    print(f'{name:<8}|{qty!s:>4}|')
line = '-' * 15
print(line)
print('=' * 3 + '>' + ' ' * 2 + '<' + '=' * 3)
print(''.join(chr(ord('a') + i) for i in range(26)))
print(' '.join(w.capitalize() for w in 'the quick brown fox'.split()))

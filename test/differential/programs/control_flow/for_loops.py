# for loops over ranges/lists/dicts/strings, break/continue/else, nested loops
for i in range(3):
    print('i', i)
for i in range(10, 0, -4):
    print('down', i)
for ch in 'ab':
    for n in [1, 2]:
        if n == 2 and ch == 'b':
            break
        print(ch, n)
for x in [1, 3, 5]:
    if x % 2 == 0:
        break
else:
    print('no even number')
for x in []:
    print('never')
else:
    print('empty else')
for idx, val in enumerate('xyz', start=1):
    if idx == 2:
        continue
    print(idx, val)
print('after loop x =', x, 'i =', i)

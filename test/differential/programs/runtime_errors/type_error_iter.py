# TypeError: 'int' object is not iterable
total = 0
for i in [1, 2]:
    total += i
print(total)
for i in 5:
    print(i)

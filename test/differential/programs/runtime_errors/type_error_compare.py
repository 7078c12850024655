# TypeError: '<' not supported between instances of 'int' and 'str'
print(sorted([3, 1, 2]))
print(sorted(['b', 'a']), 1 < 2.5)
print(sorted([3, 'a', 2]))

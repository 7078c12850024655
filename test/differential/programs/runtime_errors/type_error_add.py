# TypeError: unsupported operand types for +
a = 1
b = 'two'
print('adding')
print(a + b)

# SyntaxError: '(' was never closed
print('start')
total = (1 + 2
print(total)

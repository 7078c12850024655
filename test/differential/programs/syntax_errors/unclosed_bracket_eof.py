# SyntaxError: '[' was never closed (at end of file)
print('before')
items = [1, 2,

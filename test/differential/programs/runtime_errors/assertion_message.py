# AssertionError with a message
x = 5
assert x > 0, 'x must be positive'
print('first assert passed')
assert x > 10, f'x is too small: {x}'

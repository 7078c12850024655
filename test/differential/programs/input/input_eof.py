# With no input at all, input() raises EOFError: EOF when reading a line (after the prompt).
print('start')
value = input('> ')
print('never', value)

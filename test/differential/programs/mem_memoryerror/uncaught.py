# an uncaught MemoryError ends the program with a traceback whose last line is just "MemoryError"
print('before')
size = 10 ** 12
data = [0] * size
print('never printed')

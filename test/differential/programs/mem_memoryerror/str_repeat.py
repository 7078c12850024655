# repeating a str to 10**12 characters raises MemoryError; past the address space it is an OverflowError
n = 10 ** 12
x = 'x'
try:
    s = x * n
except MemoryError as e:
    print(type(e).__name__, e.args)
try:
    s = chr(0x1F600) * n
except MemoryError as e:
    print(type(e).__name__, e.args)
try:
    s = 'ab' * 2 ** 62
except OverflowError as e:
    print(type(e).__name__, e)
try:
    s = x * 2 ** 63
except OverflowError as e:
    print(type(e).__name__, e)
print(len(x * 1000))

# shifting 1 left by 10**12 bits needs ~133 GB of digits: MemoryError, raised before any work
one = 1
try:
    one << 10 ** 12
except MemoryError as e:
    print('MemoryError', e.args)
try:
    one << 2 ** 63
except MemoryError as e:
    print('MemoryError', e.args)
print(one << 100)
print((one << 1000).bit_length())

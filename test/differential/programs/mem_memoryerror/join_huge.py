# str.join computes the total length first: a million 1 MB pieces raise MemoryError before copying
piece = 'x' * 10 ** 6
pieces = [piece] * 10 ** 6
try:
    s = ''.join(pieces)
except MemoryError as e:
    print('MemoryError', e.args)
print(len(pieces), len(piece))
print(len(''.join(pieces[:3])))

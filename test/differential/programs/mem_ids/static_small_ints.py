# small ints -5..256 are static objects laid out 32 bytes apart; runtime results in range are the same objects
print(id(1) - id(0), id(256) - id(-5) == 261 * 32)
print([id(n) - id(n - 1) for n in range(-4, 4)])
n = int('100')
print(id(n) - id(0) == 100 * 32, n is 100 + 0 * n)
big = int('257')
print(id(big) - id(256) == 32)
m = 250
print(id(m + 6) - id(m) == 6 * 32)
print(id(-3 * 2 + 1) == id(-5), id(True) != id(1))

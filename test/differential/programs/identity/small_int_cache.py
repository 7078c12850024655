# small-int cache: ints -5..256 made at runtime are the same object; others are fresh
for n in [-6, -5, 0, 100, 256, 257, 1000]:
    a = int(str(n))
    b = int(str(n))
    print(n, a is b, id(a) == id(b))
k256 = 256
k257 = 257
x = 255
print(x + 1 is k256, x + 2 is k257, x + 2 == k257)
y = 300
print(y - 44 is k256, y - 43 is k257)
seven, m5, m6 = 7, -5, -6
print(int('7') is seven, int('-5') is m5, int('-6') is m6)
three, two, one, tr = 3, 2, 1, True
print(len('abc') is three, two * 128 is k256, sum([100, 156]) is k256)
print(abs(-256) is k256, abs(-257) is abs(-257), -k256 is -k256, -k257 is -k257)
print(tr + 0 is one + 0, [1, 2, 3][1] is one + one)

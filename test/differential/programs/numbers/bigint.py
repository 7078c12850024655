# arbitrary-precision integers: large products, powers, division, negative floor division
x = 2 ** 200
print(x)
print(x // 3, x % 7, -x // 3, -x % 7)
print(x * x - 1)
print(3 ** 100 - 2 ** 150)
f = 1
for i in range(1, 31):
    f *= i
print(f)
print(f // (2 ** 64), f % 1000000007)
print(len(str(10 ** 100)), 10 ** 100 // 10 ** 98)
print(divmod(-(10 ** 30), 7))
print((1 << 100) >> 98, -(1 << 70) >> 3, hex(2 ** 70), bin(2 ** 65 - 1))
print(abs(-(2 ** 80)), -(2 ** 63) == -9223372036854775808)

# integer arithmetic: + - * // % ** with negatives (floor semantics), unary ops
a, b = 17, 5
print(a + b, a - b, a * b, a // b, a % b, a ** 2)
print(-a // b, -a % b, a // -b, a % -b, -a // -b, -a % -b)
print(-7 // 2, 7 // -2, -7 % 3, 7 % -3)
print(2 ** 10, 2 ** -1, (-2) ** 3, -2 ** 2, 0 ** 0)
print(+a, -a, ~a, ~-1, --a)
print(10 / 4, 9 / 3, -9 / 2)
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5))
print(pow(2, 10), pow(2, 10, 1000), pow(3, -1, 7))
print(abs(-12), abs(0), abs(5))

# sys.getsizeof of arithmetic results: sizes follow the value, not the operands
import sys
a = 2 ** 40
b = 2 ** 40
print(sys.getsizeof(a), sys.getsizeof(a - b), sys.getsizeof(a // b), sys.getsizeof(a * b))
print(sys.getsizeof(a + a), sys.getsizeof(a >> 20), sys.getsizeof(a << 30), sys.getsizeof(-a))
c = 2 ** 30 - 1
print(sys.getsizeof(c), sys.getsizeof(c + 1), sys.getsizeof(c + 1 - 1))
print(sys.getsizeof(int('9' * 50)), sys.getsizeof(int('123456789012345678901234567890')))
print(sys.getsizeof(abs(-2 ** 64)), sys.getsizeof(2 ** 64 % 7), sys.getsizeof(divmod(2 ** 70, 3)[0]))
print(sys.getsizeof(True + True), sys.getsizeof(len('abc')), sys.getsizeof(hash('x') % 10))
print(sys.getsizeof(pow(3, 100)), sys.getsizeof(pow(3, 100, 1000)))

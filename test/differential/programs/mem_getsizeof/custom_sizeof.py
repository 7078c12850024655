# sys.getsizeof calls __sizeof__ and adds the GC headers; bad results raise TypeError/ValueError
import sys
class Fixed:
    def __sizeof__(self):
        return 100
class Zero:
    def __sizeof__(self):
        return 0
class Neg:
    def __sizeof__(self):
        return -1
class NotInt:
    def __sizeof__(self):
        return 'big'
print(sys.getsizeof(Fixed()), sys.getsizeof(Zero()), sys.getsizeof(Fixed(), 7))
try:
    sys.getsizeof(Neg(), 7)
except ValueError as e:
    print('ValueError:', e)
try:
    sys.getsizeof(NotInt())
except TypeError as e:
    print('TypeError:', e)
print(sys.getsizeof(NotInt(), 'default'))
class Big(int):
    def __sizeof__(self):
        return 2 ** 40
print(sys.getsizeof(Big(1)))
sys.getsizeof(Neg())

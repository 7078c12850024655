# ZeroDivisionError: integer modulo by zero, and float division by zero message
print(7 % 3)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(e)
print(7 % 0)

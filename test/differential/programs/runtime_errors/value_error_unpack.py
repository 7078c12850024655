# ValueError: too many values to unpack / not enough values to unpack
try:
    a, b = [1]
except ValueError as e:
    print(e)
a, b = [1, 2, 3]

# sys.getsizeof of floats is always 24 bytes, whatever the value or how it was produced
import sys
for f in (0.0, -0.0, 1.5, 1e300, -1e-300, float('inf'), float('nan')):
    print(repr(f), sys.getsizeof(f))
x = 2.5
print(sys.getsizeof(x * 1e200), sys.getsizeof(x / 3), sys.getsizeof(7 / 2), sys.getsizeof(float(10 ** 30)))
print(sys.getsizeof(round(2.675, 2)), sys.getsizeof(float('1.25')), sys.getsizeof(abs(-x)))
print((1.0).__sizeof__(), sys.getsizeof(1.0) - (1.0).__sizeof__())

# float repr uses the shortest round-tripping form; formatting of special and boundary values
vals = [0.1, 0.5, 1/3, 2/3, 1e16, 1.5e16, 123456789.0, 1e-7, 5e-324, 1.7976931348623157e308, 100.0, -0.0, 2.0 ** 53]
for v in vals:
    print(repr(v), str(v))
print(0.1 + 0.7, 3 * 1.1, 1.1 * 1.1, 0.1 ** 2)
print(float('0.1') == 0.1, 1e-5, 0.00001 == 1e-5, 1e21, 1e20)
print(round(0.125, 2), round(0.375, 2), round(2.5), round(1e20), int(1e20))

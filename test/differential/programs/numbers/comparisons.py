# numeric comparisons, chained comparisons, mixed int/float/bool equality
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0, 1 == 1.0 == True)
print(1 <= 1 < 2 != 3, 5 > 3 == 3, 2 ** 64 > 2.0 ** 63)
print(10 ** 20 == 1e20, 10 ** 16 + 1 == 1e16, 0.1 + 0.2 == 0.3)
x = 5
print(0 < x <= 5, 0 < x < 5, not 0 < x)
print(max(3, 7, 1), min(3, 7, 1), max([2.5, 2]), min(-1, -1.0))
print(sorted([3, 1.5, -2, 10 ** 20, 0]))
def noisy(v):
    print('eval', v)
    return v
print(noisy(1) < noisy(2) < noisy(0) < noisy(3))

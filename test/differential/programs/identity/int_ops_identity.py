# results of int operations in the small-int range come from the cache
vals = [0, 1, 5, 100, 255]
out = []
for v in vals:
    out.append((v + 1) is (v + 1))
print(out)
big = [300, 1000, 65536]
print([(v + 1) is (v + 1) for v in big])
print([int(v) is v for v in [7, 300]])
print([abs(-v) is abs(-v) for v in [3, 3000]])
print([v * 1 is v for v in [42, 4200]])
print([(v // 1) is v for v in [-5, -6]])
n = 2 ** 8
print(n is 256 + 0 * n, (n + 1) is (n + 1))

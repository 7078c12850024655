# Integer arithmetic in a tight loop (BINARY_OP on ints, small-int cache, int churn).
total = 0
for i in range(2_000_000):
    total += i * 3 % 7
print(total)

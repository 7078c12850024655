# nested loops: break only leaves the inner loop; flags and else clauses to leave both
found = None
for i in range(1, 5):
    for j in range(1, 5):
        if i * j == 6:
            found = (i, j)
            break
    else:
        continue
    break
print(found)
count = 0
i = 0
while i < 4:
    j = 0
    while j < 4:
        if j > i:
            break
        count += 1
        j += 1
    i += 1
print(count)
primes = []
for n in range(2, 30):
    for p in primes:
        if n % p == 0:
            break
    else:
        primes.append(n)
print(primes)

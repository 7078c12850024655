# loops: the for/while header line fires again on every backward jump; one-line loop bodies too
total = 0
for i in range(2):
    total += i
n = 2
while n:
    n -= 1
for j in range(2): total += j
while n < 2: n += 1
for k in range(3):
    if k == 1:
        continue
    if k == 2:
        break
else:
    total = -1

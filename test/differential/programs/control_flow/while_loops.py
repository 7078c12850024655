# while loops with break, continue, else
n = 0
while n < 5:
    n += 1
    if n == 2:
        continue
    print('n', n)
else:
    print('while else ran')
i = 0
while True:
    i += 1
    if i > 3:
        break
print('i', i)
k = 10
while k > 0:
    k -= 3
    if k == 1:
        break
else:
    print('not printed')
print('k', k)
m = 0
while m < 0:
    print('never')
else:
    print('else of empty while')

# exceptions inside loops: continue after handling, else/finally per iteration, counting failures
inputs = ['1', 'two', '3', '', '5']
total = 0
failures = []
for s in inputs:
    try:
        n = int(s)
    except ValueError:
        failures.append(s)
        continue
    else:
        total += n
    finally:
        print('processed', repr(s))
print(total, failures)
i = 0
while True:
    try:
        i += 1
        if i == 3:
            raise StopIteration('manual stop')
    except StopIteration as e:
        print('stopped at', i, e)
        break
def first_even(xs):
    for x in xs:
        try:
            if x % 2 == 0:
                return x
        finally:
            print('checked', x)
print(first_even([1, 3, 4, 6]))

# The assignment expression := binds in the enclosing scope and yields the value
# (NamedExpr: COPY 1 then the store).
import sys
if (n := 10) > 5:
    print('big', n)
data = [1, 2, 3, 4, 5, 6]
while (chunk := data[:2]):
    print(chunk)
    data = data[2:]
values = [y := 5, y ** 2, y ** 3]
print(values, y)
big = [1000 + 1]
print(sys.getrefcount(big))
keep = (alias := big)
print(sys.getrefcount(big), alias is big, keep is big)


def f(x):
    if (m := x * 2) > 10:
        return m
    return -m


print(f(3), f(10))


def counter():
    total = 0
    results = [total := total + v for v in range(5)]
    return results, total


print(counter())
print([(last := v) for v in 'abc'], last)
print({k: (w := k * 2) for k in range(3)}, w)
print(any((hit := v) > 2 for v in [1, 3, 5]), hit)

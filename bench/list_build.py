# Building lists by append (list_resize over-allocation) and comprehension.
n = 0
for _ in range(40):
    items = []
    for i in range(50_000):
        items.append(i * 2)
    squares = [x * x for x in items]
    n += len(squares)
print(n)

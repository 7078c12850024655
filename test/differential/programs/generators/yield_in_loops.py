# generators yielding from nested loops and conditionals; generator objects in zip/enumerate/sum
def grid(w, h):
    for y in range(h):
        for x in range(w):
            if (x + y) % 2 == 0:
                yield (x, y)
print(list(grid(3, 2)))
def chunks(seq, n):
    chunk = []
    for item in seq:
        chunk.append(item)
        if len(chunk) == n:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
print(list(chunks(range(7), 3)))
def label(items):
    for i, item in enumerate(items):
        yield f'{i}:{item}'
print(list(label('abc')), sum(x for x, _ in grid(4, 4)))
print(list(zip(chunks('abcdef', 2), grid(2, 2))))

# generator state: local variables persist, try/finally in generators, multiple generators
def gen():
    x = 0
    try:
        while True:
            x += 1
            yield x
    finally:
        print('cleanup at', x)
a = gen()
b = gen()
print(next(a), next(a), next(b), next(a))
a.close()
print('a closed')
print(next(b))
del b
print('b deleted')
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(12)])
def chars(s):
    for c in s:
        yield c.upper()
print(''.join(chars('abc')), list(zip(chars('xy'), fib())))

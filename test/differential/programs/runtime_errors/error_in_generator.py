# exception raised inside a generator propagates to the consumer
def gen():
    yield 1
    yield 1 // 0
g = gen()
print(next(g))
print(next(g))

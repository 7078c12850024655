# generator functions: yield, next, StopIteration, exhaustion, return value
def countdown(n):
    print('start')
    while n > 0:
        yield n
        n -= 1
    print('end')
g = countdown(3)
print('made')
print(next(g))
print(list(g))
print(list(g), next(g, 'exhausted'))
def with_return():
    yield 1
    return 'result'
h = with_return()
print(next(h))
try:
    next(h)
except StopIteration as e:
    print('stop', e.value, e.args)
def squares(n):
    for i in range(n):
        yield i * i
print(sum(squares(10)), list(squares(4)))
print(type(g).__name__, iter(g) is g)

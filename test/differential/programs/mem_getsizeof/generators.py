# sys.getsizeof of generators: the frame is embedded, so size grows with the code's locals and stack
import sys
def one():
    yield 1
def many(a, b, c):
    d = a + b
    e = d * c
    yield d
    yield e
g = one()
print(sys.getsizeof(g))
next(g)
print(sys.getsizeof(g))
for _ in g:
    pass
print(sys.getsizeof(g))
print(sys.getsizeof(many(1, 2, 3)))
print(sys.getsizeof(x for x in range(3)), sys.getsizeof((x, y) for x in range(3) for y in range(2)))
print(sys.getsizeof(one()) == sys.getsizeof(one()))

# a suspended generator's frame holds references to its arguments and locals
import sys
def gen(x):
    y = x
    yield 1
    yield 2
a = []
print(sys.getrefcount(a))
g = gen(a)
print(sys.getrefcount(a))
next(g)
print(sys.getrefcount(a))
next(g)
print(sys.getrefcount(a))
for _ in g:
    pass
print(sys.getrefcount(a))
g2 = gen(a)
next(g2)
print(sys.getrefcount(a))
del g2
print(sys.getrefcount(a))
def main():
    b = []
    h = (v for v in [b])
    print(sys.getrefcount(b))
    next(h)
    print(sys.getrefcount(b))
main()

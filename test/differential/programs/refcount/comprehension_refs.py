# references held during and after list/dict/set comprehensions and generator expressions
import sys
a = []
b = [a for _ in range(3)]
print(sys.getrefcount(a))
c = {i: a for i in range(2)}
print(sys.getrefcount(a))
counts = [sys.getrefcount(x) for x in [a]]
print(counts)
del b, c
print(sys.getrefcount(a))
def main():
    d = []
    seen = [sys.getrefcount(v) for v in (d, d)]
    print(seen)
    g = (sys.getrefcount(v) for v in [d])
    print(list(g))
    print(sys.getrefcount(d))
main()

# module-level lambdas read globals (no extra reference), function-level ones hold a cell; defaults live in __defaults__
import sys
a = []
f = lambda: a
print(sys.getrefcount(a))
g = lambda x=a: x
print(sys.getrefcount(a))
print(sys.getrefcount(g()))
del g
print(sys.getrefcount(a))
def main():
    b = []
    h = lambda: b
    print(sys.getrefcount(b))
    k = lambda y=b, z=b: y
    print(sys.getrefcount(b))
    return h
c = main()
print(sys.getrefcount(c()))

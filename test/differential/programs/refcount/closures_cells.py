# a closure's cell holds a reference to the captured object, at module level and in a function
import sys
def mk(v):
    def inner():
        return v
    return inner
a = []
c = mk(a)
print(sys.getrefcount(a))
c2 = mk(a)
print(sys.getrefcount(a))
del c
print(sys.getrefcount(a))
def main():
    b = []
    f = mk(b)
    print(sys.getrefcount(b))
    def local_closure():
        return b
    print(sys.getrefcount(b))
    print(sys.getrefcount(f()))
    del f
    print(sys.getrefcount(b))
    return local_closure
lc = main()
print(sys.getrefcount(lc()))
del lc
print(sys.getrefcount(a))

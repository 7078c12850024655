# default argument values are referenced by the function's __defaults__ tuple
import sys
shared = []
print(sys.getrefcount(shared))
def f(x=shared):
    return sys.getrefcount(x)
print(sys.getrefcount(shared))
print(f())
def g(y=shared, *, z=shared):
    return sys.getrefcount(y)
print(sys.getrefcount(shared))
print(g())
del f
print(sys.getrefcount(shared))
def main():
    local = []
    def h(p=local):
        return sys.getrefcount(p)
    print(sys.getrefcount(local), h())
main()

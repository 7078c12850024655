# refcount of an argument seen from callees one and two frames deep, called from inside a function
import sys
def f(x):
    print('in f', sys.getrefcount(x))
    return x
def g(y):
    print('in g', sys.getrefcount(y))
    f(y)
def kw(*, z):
    print('in kw', sys.getrefcount(z))
def dflt(p, q=None):
    print('in dflt', sys.getrefcount(p))
def main():
    a = []
    f(a)
    g(a)
    kw(z=a)
    dflt(a)
    dflt(q=1, p=a)
    print('main', sys.getrefcount(a))
    print('temp', sys.getrefcount(f(a)))
    f([])
main()

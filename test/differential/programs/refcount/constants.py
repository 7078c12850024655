# refcounts of constants: code-object co_consts (shared across the file) and the parser's arena
import sys
n = 1000
print(sys.getrefcount(n))
def f():
    m = 1000
    return sys.getrefcount(m)
print(f())
z = int('1000')
print(sys.getrefcount(z))
st = 'hello world!'
print(sys.getrefcount(st))
fl = 2.5e10
print(sys.getrefcount(fl))
tu = (1, 'x', None)
print(sys.getrefcount(tu))
def g():
    return 123456
print(sys.getrefcount(g()))
k = g()
print(sys.getrefcount(k))

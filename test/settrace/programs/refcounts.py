# the recorded counts are sys.getrefcount(x) - 1 at the next line
import sys
x = [1, 2]
y = x
print(sys.getrefcount(x) - 1)


def f(a):
    b = a
    print(sys.getrefcount(a) - 1)
    return b


f(x)
s = 'a string literal'
print(sys.getrefcount(s) - 1)

# refcount grows by one per Python frame holding the argument (three and four frames deep)
import sys
def d1(x):
    return d2(x)
def d2(x):
    return d3(x)
def d3(x):
    return d4(x)
def d4(x):
    return sys.getrefcount(x)
def two(x):
    return sys.getrefcount(x), d4(x)
a = []
print(d4(a), d3(a), d2(a), d1(a))
print(two(a))
def main():
    b = []
    print(d1(b), two(b))
main()
print(sys.getrefcount(a))

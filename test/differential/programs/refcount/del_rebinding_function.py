# del and rebinding of locals drop references immediately inside a function
import sys
def main():
    a = []
    b = a
    print(sys.getrefcount(a))
    b = []
    print(sys.getrefcount(a))
    holder = [a, a, a]
    holder[1] = None
    print(sys.getrefcount(a))
    del holder[0]
    print(sys.getrefcount(a))
    holder = None
    print(sys.getrefcount(a))
    x, y = a, a
    x, y = y, x
    print(sys.getrefcount(a))
    del x
    print(sys.getrefcount(a))
    a = 'rebound'
    print(sys.getrefcount(y))
main()

# refcounts of a list bound to local names and container slots inside a function
import sys
def main():
    print(sys.getrefcount([]))
    a = []
    print(sys.getrefcount(a))
    b = a
    print(sys.getrefcount(a))
    l = [a, a]
    print(sys.getrefcount(a))
    del b
    print(sys.getrefcount(a))
    del l
    print(sys.getrefcount(a))
    c = d = e = a
    print(sys.getrefcount(a))
    c = None
    d = 5
    print(sys.getrefcount(a))
    del e
    print(sys.getrefcount(a))
main()

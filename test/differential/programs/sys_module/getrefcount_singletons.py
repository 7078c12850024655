# dedicated: refcount *changes* of interpreter-wide singletons (None, True, small ints) inside one function
import sys
def main():
    print("the first print initialises stdout state, so measure after it")
    base_none = sys.getrefcount(None)
    xs = [None] * 10
    print(sys.getrefcount(None) - base_none)
    del xs
    print(sys.getrefcount(None) - base_none)
    base_true = sys.getrefcount(True)
    flags = [True, True, True]
    print(sys.getrefcount(True) - base_true)
    base_7 = sys.getrefcount(7)
    sevens = (7, 7)
    more = [7] * 5
    print(sys.getrefcount(7) - base_7)
    t = (None, None)
    print(sys.getrefcount(None) - base_none)
    print(sys.getrefcount(None) > 1000, sys.getrefcount(1) > 10 ** 9)
main()

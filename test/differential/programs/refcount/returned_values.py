# a returned reference moves into the receiving name; temporaries hold only the argument reference
import sys
def ret():
    return []
def ret_same(x):
    return x
r = ret()
print(sys.getrefcount(r))
print(sys.getrefcount(ret()))
a = []
b = ret_same(a)
print(sys.getrefcount(a))
print(sys.getrefcount(ret_same(a)))
def main():
    r2 = ret()
    print(sys.getrefcount(r2))
    print(sys.getrefcount(ret()))
    c = ret_same(r2)
    print(sys.getrefcount(r2))
    pair = (ret(), ret())
    print(sys.getrefcount(pair[0]))
    return r2
got = main()
print(sys.getrefcount(got))

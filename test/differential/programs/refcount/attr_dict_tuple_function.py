# references from an attribute slot, a dict value and tuple slots inside a function
import sys
class O:
    pass
def main():
    a = []
    o = O()
    o.x = a
    print(sys.getrefcount(a))
    d = {'k': a}
    print(sys.getrefcount(a))
    t = (a, a, a)
    print(sys.getrefcount(a))
    o.y = o.x
    print(sys.getrefcount(a))
    d.pop('k')
    print(sys.getrefcount(a))
    t = None
    print(sys.getrefcount(a))
    del o
    print(sys.getrefcount(a))
main()

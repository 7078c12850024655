# refcounts inside and after a for loop (list held by its iterator, loop target stays bound)
import sys
a = []
for x in [a]:
    print('module loop', sys.getrefcount(a))
print('module after', sys.getrefcount(a))
del x
print('module del x', sys.getrefcount(a))
for x in (a, a):
    print('module tuple loop', sys.getrefcount(a))
def main():
    b = []
    for y in [b]:
        print('func loop', sys.getrefcount(b))
    print('func after', sys.getrefcount(b))
    for i, z in enumerate([b]):
        print('enumerate loop', sys.getrefcount(b))
    for y in [b, b, b]:
        pass
    print('func after 3', sys.getrefcount(b))
main()

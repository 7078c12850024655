# References around eval/exec: the result is a new reference the caller owns, the
# namespace dicts are not kept, and locals() inside a function is a snapshot dict
# (f_locals) that holds each local until the function returns.
import sys
obj = [1, 2, 3]
base = sys.getrefcount(obj)
v = eval('obj')
print(sys.getrefcount(obj) - base, v is obj)
del v
print(sys.getrefcount(obj) - base)
d = {'o': obj}
print(sys.getrefcount(obj) - base)
exec('o2 = o', d)
print(sys.getrefcount(obj) - base)
del d
print(sys.getrefcount(obj) - base)


def snap(x):
    before = sys.getrefcount(x)
    loc = locals()
    after = sys.getrefcount(x)
    return after - before, 'x' in loc, loc is locals()


print(snap(obj))
print(sys.getrefcount(obj) - base)


def dirs():
    alpha = 1
    beta = [2]
    return dir(), sorted(vars())


print(dirs())

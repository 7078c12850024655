# LOAD_GLOBAL finds the current binding after globals or builtins change (set, delete, re-add, shadow, unshadow).
import sys
import builtins
real_len = builtins.len


def get_x():
    return x


def get_len():
    return len('abc')


def get_name():
    return missing_name


x = 1
print(get_x(), get_x())
x = 2
print(get_x())
del x
try:
    get_x()
except NameError as e:
    print('NameError:', e)
x = 3
print(get_x())


def set_x(v):
    global x, filler1, filler2, filler3, filler4, filler5
    x = v
    filler1 = filler2 = filler3 = filler4 = filler5 = v


set_x(4)
print(get_x())
set_x(5)
print(get_x())

print(get_len(), get_len())
len = lambda s: 99
print(get_len())
del len
print(get_len())
builtins.len = lambda s: -1
print(get_len())
del builtins.len
try:
    get_len()
except NameError as e:
    print('NameError:', e)
builtins.len = real_len
print(get_len())

for i in range(3):
    try:
        get_name()
    except NameError as e:
        print('NameError:', e)
    if i == 1:
        builtins.missing_name = 'from builtins'
print(get_name())
missing_name = 'from globals'
print(get_name())
del missing_name
print(get_name())
del builtins.missing_name


def counter():
    total = 0
    for i in range(10):
        total += step
    return total


step = 1
print(counter())
step = 5
print(counter())

o = object()
g = o
def load_o():
    return g
before = sys.getrefcount(o)
r = [load_o() for _ in range(4)]
print(sys.getrefcount(o) - before, all(v is o for v in r))

# references from class attributes, module globals via global statement, and nested functions
import sys
a = []
class Holder:
    shared = a
print(sys.getrefcount(a))
h = Holder()
print(sys.getrefcount(a), h.shared is a)
Holder.other = a
print(sys.getrefcount(a))
del Holder.shared
print(sys.getrefcount(a))
def set_global():
    global g
    g = a
set_global()
print(sys.getrefcount(a))
def clear_global():
    global g
    del g
clear_global()
print(sys.getrefcount(a))
def factory():
    b = []
    def f():
        return b
    def g2():
        return b
    return sys.getrefcount(b)
print(factory())

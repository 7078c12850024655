# refcount of self inside a method call and of objects passed to list/dict methods
import sys
class Box:
    def peek(self):
        return sys.getrefcount(self)
    def peek_arg(self, x):
        return sys.getrefcount(x)
b = Box()
print(sys.getrefcount(b))
print(b.peek())
print(Box.peek(b))
m = b.peek
print(sys.getrefcount(b), m())
del m
a = []
print(b.peek_arg(a))
lst = []
lst.append(a)
lst.insert(0, a)
print(sys.getrefcount(a))
lst.pop()
print(sys.getrefcount(a))
lst.remove(a)
print(sys.getrefcount(a))
d = {}
d.setdefault('k', a)
print(sys.getrefcount(a))
d.pop('k')
print(sys.getrefcount(a))

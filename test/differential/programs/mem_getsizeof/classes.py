# sys.getsizeof of class objects: heap types are a fixed-size PyHeapTypeObject; static builtin types are smaller
import sys
class A:
    pass
class B(A):
    x = 1
    def m(self):
        return self
class C:
    big = list(range(1000))
    def a(self):
        pass
    def b(self):
        pass
class K(Exception):
    pass
print(sys.getsizeof(A), sys.getsizeof(B), sys.getsizeof(C), sys.getsizeof(K))
print(sys.getsizeof(int), sys.getsizeof(str), sys.getsizeof(list), sys.getsizeof(type), sys.getsizeof(object))
print(sys.getsizeof(type(None)), sys.getsizeof(ValueError))
print(sys.getsizeof(A.__name__), sys.getsizeof(A.__bases__), sys.getsizeof(B.__mro__))
def make():
    class Local:
        pass
    return Local
print(sys.getsizeof(make()), sys.getsizeof(type(A())))

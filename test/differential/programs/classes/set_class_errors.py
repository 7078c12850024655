# assigning __class__: CPython checks a class is given, then that both types are mutable (object_set_class)
class A:
    pass
a = A()
o = object()
for target, v in ((a, 1.5), (a, int), (o, A), (o, 2), (1, float), ('s', A)):
    try:
        target.__class__ = v
    except TypeError as e:
        print(type(target).__name__, e)
try:
    del a.__class__
except TypeError as e:
    print(e)
print(type(a).__name__, type(o).__name__)

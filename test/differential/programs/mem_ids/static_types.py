# Built-in types are static objects in libpython's data segment, not heap objects:
# their ids sit at fixed offsets from None (the linker's layout), a type's hash is its
# id rotated right by 4 bits, and they are aligned like any PyObject.
import sys, gc
types_ = [bool, bytearray, bytes, property, ValueError, KeyError, Exception, BaseException, float,
          staticmethod, classmethod, list, int, dict, range, frozenset, set, slice, tuple, super,
          object, type, str, zip, map, filter, enumerate, reversed, type(None), type(NotImplemented),
          type(...), type(len), type(sys), type(iter([])), type(iter(())), type(iter('')),
          type({}.keys()), type(lambda: 0), type(iter(range(3)))]
for t in types_:
    print(t.__name__, id(t) - id(None), id(t) % 16, hash(t) == id(t) >> 4)
print(id(int) != 0, id(list) < id(dict) < id(tuple) < id(object) < id(type) < id(str))
class Mine:
    pass
# a class statement makes a heap type: not in the image
print(abs(id(Mine) - id(None)) > 1 << 24)

# live weakrefs compare like their referents; dead ones only equal themselves; hashing a dead ref never seen alive fails
import weakref
class C:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
    def __hash__(self):
        return hash(self.v)
a = C(1)
b = C(1)
ra = weakref.ref(a)
rb = weakref.ref(b)
print(ra == rb, ra != rb, hash(ra) == hash(1))
del a
print(ra == rb, ra == ra, hash(ra) == hash(1))
del b
try:
    hash(rb)
    print('cached')
except TypeError as e:
    print(e)
c = C(2)
rc = weakref.ref(c)
del c
try:
    hash(rc)
except TypeError as e:
    print(e)

# a temporary empty container is freed before the next one is made, so their ids are equal; singletons are shared
print(id([]) == id([]), [] is [])
print(id({}) == id({}), {} is {})
print(id(set()) == id(set()), set() is set())
print(id(object()) == id(object()), object() is object())
e1 = ()
e2 = tuple()
e3 = tuple([])
print(e1 is e2, e2 is e3, id(()) == id(tuple()))
s1 = ''
s2 = str()
s3 = 'abc'[3:]
print(s1 is s2, s2 is s3)
b1 = b''
b2 = bytes()
print(b1 is b2, b2 is b'xyz'[:0])
f1 = frozenset()
f2 = frozenset()
print(f1 is f2, f1 == f2)
print(id([]) == id({}), id([]) == id(()))

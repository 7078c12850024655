# Every subscription makes a new alias object (GC-tracked, 80 bytes) holding the
# origin and a new 1-tuple of the argument; a union keeps its distinct members.
import sys
import gc
gc.collect()
c = gc.get_count()[0]
a = list[int]
print(gc.get_count()[0] - c, sys.getsizeof(a), gc.is_tracked(a))
b = list[int]
print(a is b, a == b, a.__args__ is b.__args__, hash(a) == hash(b))
r = sys.getrefcount(list)
keep = [dict[str, list] for _ in range(3)]
print(sys.getrefcount(list) - r)
del keep
print(sys.getrefcount(list) - r)
u = int | str | int | None
print(u, len(u.__args__), u.__args__[2] is type(None))
print(int | int is int, (int | str) == (str | int), {int | str: 1}[str | int])
t = tuple[int, str]
print(t.__args__, sys.getrefcount(t.__args__), t[0] if False else 'skip')
print(list[int](range(3)), type(list[int]()), dict[str, int].fromkeys('ab', 0))
print(type[int], type[int].__origin__ is type, isinstance(type[int], type))
x = list[int]
y = x.__args__
del x
print(sys.getrefcount(y))

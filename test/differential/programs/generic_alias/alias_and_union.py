# list[int], dict[str, int], tuple[int, ...], type[int] make types.GenericAlias objects and
# int | str, int | None types.UnionType ones: repr, __origin__/__args__, equality, hash,
# isinstance with a union, subclassing an alias (__mro_entries__), sizes and references.
import sys, gc
a = list[int]
print(a, type(a), a.__origin__, a.__args__, a.__parameters__, a.__unpacked__)
print(sys.getsizeof(a), sys.getsizeof(int | str), gc.is_tracked(a), gc.is_tracked(int | str))
print(dict[str, list[int]], tuple[int, ...], tuple[()], list[()], list[[int]], list['x'], type[int], set[float], frozenset[str])
print(a == list[int], a != list[int], a == list[str], hash(a) == hash(list[int]), a is list[int])
print(list[int]([1, 2]), dict[str, int](a=1), a.append, a.__name__, a.__qualname__, a.__module__)
u = int | str
print(u, type(u), u.__args__, u.__parameters__, u.__module__, int | None, None | int, int | int, type(int | int))
print((int | str) | float, int | list[int], str | int == int | str, hash(int | str) == hash(str | int))
print(isinstance(3, int | str), isinstance(3.0, int | str), isinstance(None, int | None), issubclass(bool, int | str))
try:
    isinstance([], list[int])
except TypeError as e:
    print(e)
try:
    list[int][str]
except TypeError as e:
    print(e)
try:
    str[int]
except TypeError as e:
    print(e)
try:
    (int|str)[int]
except TypeError as e:
    print(e)
try:
    int | 3
except TypeError as e:
    print(e)
class C(list[int]):
    pass
print(C.__bases__, C.__orig_bases__, C.__mro__)
print(list(iter(tuple[int])), [*tuple[int, str]])
r = sys.getrefcount(int)
x = list[int]
print(sys.getrefcount(int) - r, sys.getrefcount(list[int].__args__))
del x
print(sys.getrefcount(int) - r)
def f(a: list[int], b: dict[str, int] | None = None) -> tuple[int, ...]:
    return a
print(f.__annotations__)

# x: int = 1 at module and class level stores the annotation in __annotations__
# (SETUP_ANNOTATIONS, STORE_SUBSCR); inside a function it is not evaluated at all;
# an annotation of an attribute or subscript target is evaluated and dropped.
import sys
count: int = 1
label: str
print(__annotations__)
print('label' in globals(), count)


class Config:
    name: str = 'x'
    size: int
    tags: list = []
    print(sorted(locals()))


print(Config.__annotations__, Config.name, hasattr(Config, 'size'))


def f():
    n: int = 5
    undefined_name: nonexistent_type
    return n


print(f())
seen = []


def note(v):
    seen.append(v)
    return v


class Box:
    pass


b = Box()
b.attr: note('attr') = 3
d = {}
d[note('key')]: note('subscr')
print(seen, b.attr, d)
marker = object()
r = sys.getrefcount(marker)
tag: marker
print(sys.getrefcount(marker) - r, __annotations__['tag'] is marker)
try:
    bad: undefined_annotation = 1
except NameError as e:
    print(e)

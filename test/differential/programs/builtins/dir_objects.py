# dir(obj): the instance dict's keys and every class dict along the bases (object.__dir__),
# sorted; dir(type) and dir(module) likewise; __dir__() itself is unsorted.
import sys


class Base:
    base_attr = 1

    def base_method(self):
        pass


class Child(Base):
    child_attr = 2

    def __init__(self):
        self.inst = 3


c = Child()
d = dir(c)
print(d[-6:], len(d), d == sorted(d))
print([n for n in dir(Child) if not n.startswith('_')])
print(dir(Base)[:3], len(dir(object)), len(dir(list)), len(dir(str)), len(dir(int)), len(dir(dict)))
print('append' in dir([]), 'keys' in dir({}), len(dir(sys)) > 60)
print(c.__dir__()[:2], type(c.__dir__()).__name__)


def local_names():
    first = 1
    second = 2
    return dir()


print(local_names(), sorted(dir())[:3])
try:
    dir(1, 2)
except TypeError as e:
    print(e)

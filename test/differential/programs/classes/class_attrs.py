# class attributes shared by instances, mutable class attribute pitfalls, class namespace
class Registry:
    items = []
    count = 0
    def add(self, x):
        self.items.append(x)
        self.count += 1
a = Registry()
b = Registry()
a.add(1)
b.add(2)
a.add(3)
print(Registry.items, a.count, b.count, Registry.count)
print(a.items is b.items, 'count' in a.__dict__, 'items' in a.__dict__)
class Config:
    name = 'default'
    size = len(name)
    doubled = [size * 2]
print(Config.name, Config.size, Config.doubled)
class Empty:
    pass
e = Empty()
e.anything = 1
print(e.anything, Empty.__name__, isinstance(e, object))
class Counted:
    total = 0
    def __init__(self):
        Counted.total += 1
for _ in range(4):
    Counted()
print(Counted.total)

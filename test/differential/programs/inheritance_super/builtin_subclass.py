# subclassing built-in types and exceptions; super() with explicit arguments
class MyList(list):
    def total(self):
        return sum(self)
m = MyList([1, 2, 3])
m.append(4)
print(m, m.total(), len(m), isinstance(m, list), type(m).__name__)
class MyDict(dict):
    def __getitem__(self, key):
        return super().__getitem__(key) * 2
d = MyDict(a=5)
print(d['a'], d, d.get('a'))
class Upper(str):
    def shout(self):
        return self.upper() + '!'
u = Upper('hey')
print(u, u.shout(), u + 'x', type(u + 'x').__name__)
class A:
    def who(self):
        return 'A'
class B(A):
    def who(self):
        return 'B>' + super(B, self).who()
print(B().who())
class MyInt(int):
    pass
print(MyInt(5) + 1, type(MyInt(5) + 1).__name__, MyInt(7) == 7)

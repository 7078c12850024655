# attribute resolution through the class hierarchy, class vs instance, overriding class attributes
class Base:
    color = 'red'
    def get(self):
        return self.color
class Sub(Base):
    pass
class Sub2(Sub):
    color = 'blue'
print(Sub().get(), Sub2().get(), Base().get())
Base.color = 'green'
print(Sub().get(), Sub2().get())
s = Sub2()
s.color = 'mine'
print(s.get(), Sub2.color)
del s.color
print(s.get())
print(hasattr(Sub, 'get'), 'get' in Sub.__dict__, 'get' in Base.__dict__)
class Shape:
    def area(self):
        return 0
    def describe(self):
        return type(self).__name__ + ' ' + str(self.area())
class Sq(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
print(Shape().describe(), Sq(3).describe())

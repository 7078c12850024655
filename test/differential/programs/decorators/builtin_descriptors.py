# @staticmethod, @classmethod and @property (with .setter / .deleter) as decorators:
# the wrapped function is kept by the descriptor, which copies its __name__, __doc__...
import sys


class Temperature:
    scale = 'C'

    def __init__(self):
        self._c = 0

    @property
    def celsius(self):
        """Degrees Celsius."""
        return self._c

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError('below absolute zero')
        self._c = value

    @celsius.deleter
    def celsius(self):
        print('deleting')
        self._c = None

    @staticmethod
    def describe(x):
        return 'temp ' + str(x)

    @classmethod
    def make(cls, c):
        t = cls()
        t.celsius = c
        return t


t = Temperature.make(21)
print(t.celsius, Temperature.describe(5), t.describe(6))
t.celsius = 30
print(t.celsius)
try:
    t.celsius = -300
except ValueError as e:
    print(e)
del t.celsius
print(t.celsius)
p = Temperature.__dict__['celsius']
print(type(p).__name__, p.__doc__, p.fget.__name__, p.fset.__name__, p.fdel.__name__)
sm = Temperature.__dict__['describe']
cm = Temperature.__dict__['make']
print(type(sm).__name__, type(cm).__name__, sm.__func__.__name__, cm.__func__.__qualname__)
print(sys.getrefcount(sm.__func__), sys.getrefcount(cm.__func__))
print(Temperature.make.__self__ is Temperature, isinstance(Temperature.describe, type(len)) is False)

# multiple inheritance: MRO (C3 linearization), cooperative super() chains
class Base:
    def hello(self):
        return ['Base']
class Left(Base):
    def hello(self):
        return ['Left'] + super().hello()
class Right(Base):
    def hello(self):
        return ['Right'] + super().hello()
class Child(Left, Right):
    def hello(self):
        return ['Child'] + super().hello()
print(Child().hello())
print([k.__name__ for k in Child.__mro__])
class X:
    tag = 'X'
class Y:
    tag = 'Y'
    only_y = True
class Z(X, Y):
    pass
print(Z.tag, Z.only_y, [k.__name__ for k in Z.__mro__])
class Init1:
    def __init__(self):
        print('Init1')
        super().__init__()
class Init2:
    def __init__(self):
        print('Init2')
        super().__init__()
class Both(Init1, Init2):
    def __init__(self):
        print('Both')
        super().__init__()
Both()
print(isinstance(Both(), Init2))

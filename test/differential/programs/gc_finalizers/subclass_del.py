# __del__ inherited from a base class runs for subclass instances in cycles
import gc
gc.collect()
class Base:
    def __del__(self):
        print('Base.__del__ for', type(self).__name__)
class Child(Base):
    pass
c = Child()
c.me = c
del c
print(gc.collect())
class Other(Base):
    def __del__(self):
        print('Other.__del__')
        Base.__del__(self)
o = Other()
o.me = o
del o
print(gc.collect())

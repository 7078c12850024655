# an instance storing its own bound method: instance -> bound method -> instance
import gc
gc.collect()
class A:
    def hello(self):
        return 'hi'
a = A()
a.m = a.hello
print(a.m())
del a
print(gc.collect())

# gc count[0] when defining a class, a function, a closure and calling a generator function
import gc
gc.collect()
gc.disable()
gc.get_count()
out = [0] * 5
a = gc.get_count()[0]
class Empty:
    pass
out[0] = gc.get_count()[0] - a
a = gc.get_count()[0]
def plain():
    return 1
out[1] = gc.get_count()[0] - a
a = gc.get_count()[0]
def with_default(x=[]):
    return x
out[2] = gc.get_count()[0] - a
def outer():
    v = 1
    def inner():
        return v
    return inner
a = gc.get_count()[0]
clo = outer()
out[3] = gc.get_count()[0] - a
def gen():
    yield 1
a = gc.get_count()[0]
g = gen()
out[4] = gc.get_count()[0] - a
print('class', out[0])
print('def', out[1], 'def with default list', out[2])
print('closure', out[3], 'generator', out[4])

# instances, sets, functions and generators have no free list: +1 on creation, -1 on deallocation (after a warm-up)
import gc
gc.collect()
gc.disable()
gc.get_count()
class K:
    pass
def gen():
    yield 1
def measure(make):
    make()
    a = gc.get_count()[0]
    obj = make()
    mid = gc.get_count()[0]
    del obj
    return mid - a, gc.get_count()[0] - mid
big = 10 ** 20
results = [None] * 9
results[0] = measure(K)
results[1] = measure(set)
results[2] = measure(lambda: frozenset([1, 2]))
results[3] = measure(lambda: lambda: 0)
results[4] = measure(gen)
results[5] = measure(lambda: big + 1)
results[6] = measure(lambda: str(big))
results[7] = measure(lambda: big / 3)
results[8] = measure(object)
names = ['instance', 'set', 'frozenset', 'lambda', 'generator', 'int', 'str', 'float', 'object()']
for k in range(9):
    print(names[k], results[k])

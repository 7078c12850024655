# a suspended generator in a cycle: its finalizer (close) frees the whole cycle during finalization, so collect() finds nothing left to clear and returns 0
import gc
gc.collect()
def gen(box):
    yield 1
    yield 2
box = []
g = gen(box)
box.append(g)
print(next(g))
del g, box
print(gc.collect())

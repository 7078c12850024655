# a suspended generator in a cycle is closed by the collector: its finally block runs
import gc
gc.collect()
def g(box):
    try:
        yield 1
        yield 2
    finally:
        print('finally ran, box size', len(box))
box = []
it = g(box)
box.append(it)
print(next(it))
del it, box
print(gc.collect())

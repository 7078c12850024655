# closing a generator that never started raises GeneratorExit before its try block (no finally), but still clears the frame: the cycle is freed during finalization and collect() returns 0
import gc
gc.collect()
def g(box):
    try:
        yield 1
    finally:
        print('never printed')
box = []
it = g(box)
box.append(it)
del it, box
print(gc.collect())

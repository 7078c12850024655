# set_threshold's PyArg_ParseTuple("i|ii") errors
import gc
old = gc.get_threshold()
tries = [(), (1, 2, 3, 4), ('a',), (1.5,), (2 ** 40,), (-2 ** 40,), (2 ** 70,)]
for args in tries:
    try:
        gc.set_threshold(*args)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    gc.set_threshold(x=1)
except TypeError as e:
    print(type(e).__name__, e)
gc.set_threshold(*old)
print(gc.get_threshold())

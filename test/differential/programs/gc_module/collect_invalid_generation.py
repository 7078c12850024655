# gc.collect with a generation outside 0..2 raises ValueError; bad types raise TypeError
import gc
for arg in (3, -1, 100):
    try:
        gc.collect(arg)
    except ValueError as e:
        print('ValueError', e)
for arg in (1.5, '1', None):
    try:
        gc.collect(arg)
    except TypeError as e:
        print('TypeError', e)
print(gc.collect(True), gc.collect(generation=0))

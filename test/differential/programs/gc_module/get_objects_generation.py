# get_objects(generation) argument checks
import gc
for g in (3, -2, 10):
    try:
        gc.get_objects(g)
    except ValueError as e:
        print('ValueError', e)
for g in ('a', 1.0):
    try:
        gc.get_objects(generation=g)
    except TypeError as e:
        print('TypeError', e)
print(type(gc.get_objects(None)).__name__, type(gc.get_objects(0)).__name__)

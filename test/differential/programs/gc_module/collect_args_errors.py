# gc.collect argument count and keyword errors
import gc
try:
    gc.collect(1, 2)
except TypeError as e:
    print(e)
try:
    gc.collect(gen=1)
except TypeError as e:
    print(e)
try:
    gc.collect(2 ** 40)
except OverflowError as e:
    print(e)

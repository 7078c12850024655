# gc.garbage and gc.callbacks are plain lists that stay the same objects
import gc
g = gc.garbage
c = gc.callbacks
print(type(g).__name__, type(c).__name__, g, c)
gc.collect()
print(gc.garbage is g, gc.callbacks is c)

# negative thresholds are accepted as they are
import gc
old = gc.get_threshold()
gc.set_threshold(-5, -1)
print(gc.get_threshold())
gc.set_threshold(*old)
print(gc.get_threshold())

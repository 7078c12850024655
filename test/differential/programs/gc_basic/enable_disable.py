# gc.enable/gc.disable/gc.isenabled and threshold defaults; get_count after collect
import gc
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
print(gc.get_threshold())
gc.collect()
print(gc.get_count())

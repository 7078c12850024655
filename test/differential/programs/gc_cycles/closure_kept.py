# a closure cycle survives while the function is referenced, then goes
import gc
gc.collect()
def make():
    def again():
        return again
    return again
f = make()
print(f() is f)
print(gc.collect())
del f
print(gc.collect())

# an exception in __del__ during collection is printed as "Exception ignored in" and the collection carries on
import gc
gc.collect()
class Bad:
    def __del__(self):
        raise ValueError('boom in __del__')
b = Bad()
b.me = b
del b
print(gc.collect())
print('still running')

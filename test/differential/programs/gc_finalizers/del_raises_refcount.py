# an exception in __del__ when the refcount drops is reported on stderr, and the program continues
class Bad:
    def __del__(self):
        raise RuntimeError('refcount death')
b = Bad()
del b
print('after')

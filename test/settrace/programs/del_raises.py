# an exception escaping __del__ is unraisable: its exception and return null stay inside __del__'s frame
class D:
    def __del__(self):
        raise RuntimeError('in __del__')


d = D()
d = None
after = 1

# __del__ runs where the last reference goes: inside the DECREF's frame, or in gc.collect, or at exit
import gc


class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        pass


def drop():
    d = D('local')
    return 1


drop()
x = D('x')
x = None
c = D('cycle')
c.me = c
del c
gc.collect()
keep = D('module')

# an instance referring to itself, with and without a materialised __dict__
import gc
gc.collect()
class T:
    pass
t = T()
t.me = t
del t
print(gc.collect())
u = T()
u.me = u
u.__dict__
del u
print(gc.collect())

# a cycle that passes through a tuple: list -> tuple -> list
import gc
gc.collect()
l = []
t = (l, 1, 'x')
l.append(t)
del t
print(gc.collect())
del l
print(gc.collect())

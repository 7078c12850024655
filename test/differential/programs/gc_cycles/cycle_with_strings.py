# non-container objects (str, int, float) inside a cycle are not counted by collect()
import gc
gc.collect()
l = ['a' * 50, 12345678901, 2.5]
l.append(l)
del l
print(gc.collect())

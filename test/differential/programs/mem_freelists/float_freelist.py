# the float free list keeps up to 100 floats: of 150 freed floats the last 100 pushed come back first, LIFO
import gc
gc.collect()
half = float('0.5')
fs = [None] * 150
for k in range(150):
    fs[k] = half * k
ids = [id(f) for f in fs]
new = [None] * 150
del fs
for k in range(150):
    new[k] = half * k
print([id(new[k]) == ids[50 + k] for k in range(100)].count(True))
print(id(new[0]) == ids[50], id(new[99]) == ids[149])
print(new[0], new[149])

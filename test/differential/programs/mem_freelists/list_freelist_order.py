# the list free list is a stack of 80: lists freed last-to-first come back in index order; the rest replay pymalloc
import gc
gc.collect()
gc.disable()
old = [None] * 100
for k in range(100):
    old[k] = []
ids = [id(x) for x in old]
old_id = id(old)
new = [None] * 100
# the temporary [None] above went onto the (empty) free list first, so only 79 of old's lists fit after it
del old
for k in range(100):
    new[k] = []
print([id(new[k]) == ids[21 + k] for k in range(79)].count(True))
print(id(new[79]) in ids, id(new[80]) == old_id)
print([id(new[81 + j]) == ids[j] for j in range(19)].count(True))
print(id(new[0]) == ids[21], id(new[78]) == ids[99])

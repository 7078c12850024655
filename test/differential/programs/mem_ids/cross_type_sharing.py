# lists, dicts and instances share the 64-byte class: a list freed to pymalloc (free list full) is reused by an instance
import gc
class Inst:
    pass
gc.collect()
lists = [None] * 100
for k in range(100):
    lists[k] = []
cid = id(lists)
del lists
o = Inst()
print(id(o) == cid, id(o) - 32 == cid - 16)
oid = id(o)
del o
lst = []
print(id(lst) - 16 == oid - 32)
d = {}
print(id(d) - 16 == oid - 32)
did = id(d)
del d
o2 = Inst()
print(id(o2) - 32 == did - 16)

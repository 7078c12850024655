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
r1 = id(o) == cid, id(o) - 32 == cid - 16
oid = id(o)
del o
lst = []
r2 = id(lst) - 16 == oid - 32
d = {}
r3 = id(d) - 16 == oid - 32
did = id(d)
del d
o2 = Inst()
r4 = id(o2) - 32 == did - 16
print('instance takes the freed list block:', r1)
print('list from the full free list:', r2)
print('dict from pymalloc takes the instance block:', r3)
print('instance after the dict went to its free list:', r4)

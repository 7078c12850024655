# deallocations nested past 50 levels are deferred (the trashcan): the order of frees shows in which ids new objects reuse
import gc
gc.disable()
warm = [[] for i in range(1000)]
# Start in a fresh pool (pymalloc's 16 KiB pools; a list's id is its block + the 16-byte GC
# header): the order then depends on the trashcan, not on how full startup left the pools.
pad = []
while id(pad[-1] if pad else warm[-1]) % 16384 != 64:
    pad.append([])
def reuse_order(n, make, fresh):
    ids = [0] * (n + 1)
    keep = [None] * (n + 3)
    got = [0] * (n + 3)
    x = make(None)
    ids[0] = id(x)
    for i in range(n):
        x = make(x)
        ids[i + 1] = id(x)
    pos = {}
    for i in range(n + 1):
        pos[ids[i]] = i
    del x
    for i in range(n + 3):
        keep[i] = fresh()
    for i in range(n + 3):
        got[i] = pos.get(id(keep[i]), -1)
    return got
print(reuse_order(120, lambda x: [x], lambda: [0]))

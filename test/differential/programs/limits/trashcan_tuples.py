# nested tuples are freed through the trashcan too: deferred past 50 levels, the outer ones first onto the free list
import gc
gc.disable()
warm = [(i,) for i in range(3000)]
def reuse_order(n):
    ids = [0] * (n + 1)
    keep = [None] * (n + 3)
    got = [0] * (n + 3)
    x = (None,)
    ids[0] = id(x)
    for i in range(n):
        x = (x,)
        ids[i + 1] = id(x)
    pos = {}
    for i in range(n + 1):
        pos[ids[i]] = i
    del x
    for i in range(n + 3):
        keep[i] = (i,)
    for i in range(n + 3):
        got[i] = pos.get(id(keep[i]), -1)
    return got
print(reuse_order(300))

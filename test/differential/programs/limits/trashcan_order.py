# deallocations nested past 50 levels are deferred (the trashcan): the order of frees shows in which ids new objects reuse
import gc
gc.disable()
warm = [[] for i in range(1000)]
# The lists below start a pool of their size class (64-byte blocks: a list's id is its block
# + 16, a pool's first block is 48 bytes in), so where startup left the current pool does not matter.
pad = [None] * 300
k = 0
pad[0] = []
while id(pad[k]) % 16384 != 64:
    k += 1
    pad[k] = []
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

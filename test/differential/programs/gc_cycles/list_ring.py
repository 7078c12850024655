# a ring of five lists: all five are unreachable once the last name goes
import gc
gc.collect()
first = []
cur = first
for i in range(4):
    nxt = [i]
    cur.append(nxt)
    cur = nxt
cur.append(first)
del cur, nxt
print(gc.collect())
del first
print(gc.collect())

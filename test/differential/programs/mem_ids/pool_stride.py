# objects made one after another are carved from a pool at a fixed stride: the block size of their class
def most_common_gap(objs):
    counts = {}
    for k in range(1, len(objs)):
        gap = id(objs[k]) - id(objs[k - 1])
        counts[gap] = counts.get(gap, 0) + 1
    best = 0
    for gap in counts:
        if best == 0 or counts[gap] > counts[best]:
            best = gap
    return best
fs = [None] * 1000
v = float('0')
for k in range(1000):
    v = v + 1.0
    fs[k] = v
print('float', most_common_gap(fs))
class C:
    pass
cs = [None] * 1000
for k in range(1000):
    cs[k] = C()
print('instance', most_common_gap(cs))
ts = [None] * 1000
for k in range(1000):
    ts[k] = (k, k, k, k, k, k, k, k, k, k)
print('10-tuple', most_common_gap(ts))
xs = 'x'
ss = [None] * 1000
for k in range(1000):
    ss[k] = xs * 100
print('str100', most_common_gap(ss))

# a pool serves one size class at a time: live floats and live lists never share a 16 KiB pool
fs = [None] * 3000
ls = [None] * 3000
v = float('0')
for k in range(3000):
    v = v + 0.5
    fs[k] = v
    ls[k] = []
float_pools = set(id(f) >> 14 for f in fs)
list_pools = set(id(x) >> 14 for x in ls)
print(len(float_pools & list_pools))
print(len(float_pools) >= 3000 * 32 // 16384, len(list_pools) >= 3000 * 64 // 16384)
print(len(list_pools) > len(float_pools))

# consecutive small objects mostly land in the same 16 KiB pool (id >> 14), and live blocks never overlap
class P:
    pass
objs = [None] * 500
for k in range(500):
    objs[k] = P()
same = 0
for k in range(1, 500):
    if id(objs[k]) >> 14 == id(objs[k - 1]) >> 14:
        same += 1
print(same > 450)
ids = sorted(id(o) for o in objs)
print(len(set(ids)) == 500, min(ids[k] - ids[k - 1] for k in range(1, 500)) >= 64)
close = 0
for k in range(1, 500):
    if abs(id(objs[k]) - id(objs[k - 1])) < 16384:
        close += 1
print(close >= same)

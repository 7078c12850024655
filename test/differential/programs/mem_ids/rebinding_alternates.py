# rebinding a name to a new object in a loop alternates between two blocks: the new one is made before the old dies
ids = [0] * 6
for i in range(6):
    f = lambda: i
    ids[i] = id(f)
print(ids[0] == ids[2] == ids[4], ids[1] == ids[3] == ids[5], ids[0] != ids[1])
class K:
    pass
kid = [0] * 6
for i in range(6):
    k = K()
    kid[i] = id(k)
print(kid[0] == kid[2] == kid[4], kid[1] == kid[3] == kid[5], kid[0] != kid[1])
lid = [0] * 4
for i in range(4):
    lst = [i]
    lid[i] = id(lst)
print(lid[0] == lid[2], lid[1] == lid[3], lid[0] != lid[1])

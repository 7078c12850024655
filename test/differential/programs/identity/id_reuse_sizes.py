# pymalloc reuses a freed block for the next object of the same size class (LIFO)
class P:
    pass
objs = [P() for _ in range(3)]
ids = [id(o) for o in objs]
del objs[2]
del objs[1]
n1 = P()
n2 = P()
print(id(n1) == ids[1], id(n2) == ids[2])
t = (1, 2, int('3'))
tid = id(t)
del t
t2 = (4, 5, int('6'))
print(id(t2) == tid)
f = float('1.25')
fid = id(f)
del f
g = float('2.5')
print(id(g) == fid)
cx = 'x'
s = cx * 30
sid = id(s)
del s
cy = 'y'
s2 = cy * 30
print(id(s2) == sid)

# a list/tuple frees its items last-to-first, so new objects get the old ids in the original order
class Obj:
    pass
objs = [Obj() for _ in range(4)]
ids = [id(o) for o in objs]
del objs
again = [Obj(), Obj(), Obj(), Obj()]
print([id(o) == i for o, i in zip(again, ids)])
one = set()
t = (one, set(), set())
sids = [id(s) for s in t]
del one
del t
s1 = set()
s2 = set()
s3 = set()
print(id(s1) == sids[0], id(s2) == sids[1], id(s3) == sids[2])

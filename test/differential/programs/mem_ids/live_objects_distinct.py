# live objects never share an id: `a is b` is exactly `id(a) == id(b)`, and ids of a kept batch are all distinct
class K:
    pass
batch = [K() for _ in range(300)] + [[] for _ in range(300)] + [{} for _ in range(300)]
ids = [id(o) for o in batch]
print(len(set(ids)) == len(batch))
a = batch[5]
b = batch[5]
c = batch[6]
print(a is b, id(a) == id(b), a is c, id(a) == id(c))
floats = [float(i) + 0.5 for i in range(300)]
print(len(set(id(x) for x in floats)))
x = floats[0]
y = float('0.5')
print(x == y, x is y, id(x) == id(y))

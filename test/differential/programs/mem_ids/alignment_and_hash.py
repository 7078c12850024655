# heap objects sit on 16-byte boundaries, and the default hash of an object is its id rotated right by 4 bits
class K:
    pass
def f():
    pass
objs = [K(), object(), [1], {}, set(), (1, int('2')), 'x' * 600, float('1.5'), f, K, 2 ** 100, b'z' * 20]
print([id(o) % 16 for o in objs])
for o in (objs[0], objs[1], f, K):
    print(type(o).__name__, hash(o) == id(o) >> 4)
k = K()
print(hash(k) == id(k) >> 4, hash(k) == hash(k), hash(K()) == hash(K()))

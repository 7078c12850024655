# __add__, __eq__, __lt__, __repr__, __str__, __hash__, __bool__, __len__ on a vector class
class Vec:
    def __init__(self, *c):
        self.c = c
    def __add__(self, other):
        return Vec(*[a + b for a, b in zip(self.c, other.c)])
    def __eq__(self, other):
        return self.c == other.c
    def __lt__(self, other):
        return self.c < other.c
    def __repr__(self):
        return 'Vec' + repr(self.c)
    def __str__(self):
        return '<' + ', '.join(str(x) for x in self.c) + '>'
    def __hash__(self):
        return hash(self.c)
    def __bool__(self):
        return any(self.c)
    def __len__(self):
        return len(self.c)
u = Vec(1, 2)
v = Vec(3, 4)
print(u + v, repr(u + v), str(u), [u, v])
print(u == Vec(1, 2), u != v, u < v, v > u, sorted([v, u]))
print(bool(Vec(0, 0)), bool(u), len(u), len({u, Vec(1, 2)}))
print({u: 'found'}[Vec(1, 2)])
if not Vec(0):
    print('zero vector is falsy')
print(f'{u} {u!r}')

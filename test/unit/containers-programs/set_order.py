# Iteration order of sets after many inserts and deletes (PYTHONHASHSEED=0).
s = set()
for i in range(200):
    s.add(i * 37 % 1009)
for i in range(0, 200, 3):
    s.discard(i * 37 % 1009)
print(list(s))
s = set()
for i in range(60):
    s.add('k%d' % i)
for i in range(0, 60, 4):
    s.remove('k%d' % i)
for i in range(100, 110):
    s.add('k%d' % i)
print(list(s))
print(set([-1, -2, 2**61, 2**62, 2**64 + 3, -(2**63), 0.5, 1.5, None, True, (1, 2), 'x']))
print(set('the quick brown fox jumps over the lazy dog'))
a = set(range(0, 40, 2)); b = set(range(0, 40, 3))
print(a | b, a & b, a - b, a ^ b, sep='\n')
a |= {100, 200}; a &= set(range(50)) | {100}; a -= {0, 2}; a ^= {1, 3}
print(a, a <= a | b, a < a, a.isdisjoint({999}), a.issuperset([4]), sorted(a.union([7], (8,))))
f = frozenset(['b', 'a', 'c'])
print(f, f | {'d'}, hash(f) == hash(frozenset('abc')), frozenset(f) is f, f.copy() is f)
s = {1, 2, 3}
while s:
    print(s.pop(), end=' ')
print()
s = set(range(20))
for i in range(20):
    if i % 3: s.discard(i)
s.update(range(100, 120))
print(s)
print(set([3, 2, 1]) == frozenset([1, 2, 3]), {1} in [{1}], {frozenset([1])}, frozenset([1]) in {frozenset([1])})
s = {1}; t = {s and 1}
print(set() == set(), repr(set()), repr(frozenset()), {1, 2}.copy())

# Pseudo-random adds and removes (a linear congruential generator, no imports).
seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
for trial in range(40):
    s = set()
    for step in range(rnd(400) + 5):
        k = rnd(3000) if rnd(2) else 'w%d' % rnd(500)
        if rnd(10) < 6:
            s.add(k)
        else:
            s.discard(k)
    print(list(s))

# Slicing, slice assignment, sort stability and the comparisons timsort makes.
l = list(range(20))
print(l[::3], l[-3:], l[10:2:-2], l[100:], l[-100:2])
l[1:3] = 'abc'; print(l)
l[5:5] = [None]; print(l)
del l[::4]; print(l)
l[::-3] = range(len(l[::-3])); print(l)
l2 = [5, 1, 4]; l2.extend(l2); l2 += (9,); l2 *= 2; print(l2)
print(l2.index(4), l2.count(1), l2.pop(), l2.pop(0), l2)
l2.insert(-100, 'first'); l2.insert(100, 'last'); l2.remove(1); print(l2)
l2.reverse(); print(l2, l2.copy() == l2, l2.copy() is l2)
class K:
    def __init__(self, k, tag): self.k = k; self.tag = tag
    def __lt__(self, other):
        print('lt', self.tag, other.tag)
        return self.k < other.k
    def __repr__(self): return self.tag
ks = [K(v, 't%d' % i) for i, v in enumerate([3, 1, 2, 3, 1, 0, 2, 5, 4, 4, 1])]
print(sorted(ks))
ks.sort(key=lambda x: -x.k, reverse=True); print(ks)
print(sorted([(1, 'b'), (0, 'x'), (1, 'a'), (0, 'a')]), sorted(['B', 'a', 'C'], key=str.lower))
r = [(i * 7919) % 500 for i in range(300)]
print(sorted(r)[:20], sorted(r, reverse=True)[:5])
print([1, 2] < [1, 3], [1, 2] == [1, 2.0], [[]] * 3, [1] * 0, [] + [1])
a = [1, 2, 3]; a[1:2] = a; print(a)
b = [1, 2, 3]; b[::-1] = b; print(b)
x = [1, [2, [3, [4]]]]; x[1][1][1].append(x); print(x)
t = (1, [2]); print(t, (1,), (), ((),), tuple('ab'), tuple(range(3)))
print(list(range(0)), list('xyz'), list({'k': 1}), list((1, 2)))

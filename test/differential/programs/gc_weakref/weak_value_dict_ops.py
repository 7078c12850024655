# WeakValueDictionary assignment, deletion, pop and replacement
import weakref
class V:
    def __init__(self, n):
        self.n = n
vals = [V(i) for i in range(4)]
d = weakref.WeakValueDictionary()
for i, v in enumerate(vals):
    d[i] = v
del d[0]
print(sorted(d), d.pop(1).n, sorted(d))
print(d.pop(99, 'missing'))
d[2] = vals[0]
print(d[2].n, len(d))
try:
    d.pop(42)
except KeyError as e:
    print('KeyError', e)

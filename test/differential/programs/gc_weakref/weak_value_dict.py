# WeakValueDictionary entries vanish when their values die
import weakref
class V:
    def __init__(self, n):
        self.n = n
d = weakref.WeakValueDictionary()
a = V(1)
b = V(2)
d['a'] = a
d['b'] = b
print(len(d), 'a' in d, d['a'].n, sorted(d.keys()))
del a
print(len(d), 'a' in d, d.get('a'), d.get('a', 'gone'), sorted(d))
try:
    d['a']
except KeyError as e:
    print('KeyError', e)
print([v.n for v in d.values()], [(k, v.n) for k, v in d.items()])
del b
print(len(d), list(d))

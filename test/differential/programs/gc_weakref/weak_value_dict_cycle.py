# a WeakValueDictionary value that dies in a garbage cycle disappears after gc.collect()
import gc, weakref
gc.collect()
class V:
    pass
d = weakref.WeakValueDictionary()
v = V()
v.me = v
d['k'] = v
del v
print(len(d), 'k' in d)
gc.collect()
print(len(d), 'k' in d)

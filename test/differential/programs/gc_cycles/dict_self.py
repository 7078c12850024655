# a dict that contains itself as a value, and one that contains itself through a list key path
import gc
gc.collect()
d = {}
d['me'] = d
del d
print(gc.collect())
e = {'l': []}
e['l'].append(e)
del e
print(gc.collect())

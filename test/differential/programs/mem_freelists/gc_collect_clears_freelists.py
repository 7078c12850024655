# a full gc.collect() empties the free lists: a new list or dict is then allocated (and counted) again
import gc
gc.disable()
gc.get_count()
x = [1]
d = {'a': 1}
del x, d
a = gc.get_count()[0]
y = [2]
e = {'b': 2}
before = gc.get_count()[0] - a
del y, e
gc.collect()
gc.get_count()
a = gc.get_count()[0]
y = [3]
e = {'c': 3}
after = gc.get_count()[0] - a
print('from free lists', before)
print('after gc.collect', after)

# gc count[0] for dicts: counted at allocation even though empty dicts are untracked; free-list dicts are not
import gc
gc.collect()
gc.disable()
gc.get_count()
a = gc.get_count()[0]
d = {}
new = gc.get_count()[0] - a
tracked_new = gc.is_tracked(d)
a = gc.get_count()[0]
del d
freed = gc.get_count()[0] - a
a = gc.get_count()[0]
e = {'a': 1, 'b': 2}
reused = gc.get_count()[0] - a
tracked_e = gc.is_tracked(e)
a = gc.get_count()[0]
e['c'] = []
with_list = gc.get_count()[0] - a
a = gc.get_count()[0]
f = {'x': 1}
g = dict(y=2)
two_more = gc.get_count()[0] - a
print('new dict', new, tracked_new)
print('del into free list', freed)
print('dict from free list', reused, tracked_e)
print('list value inserted', with_list, gc.is_tracked(e))
print('literal and dict()', two_more)

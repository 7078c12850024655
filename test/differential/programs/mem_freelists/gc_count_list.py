# gc count[0] for lists: +1 when a list is allocated, 0 when it comes from or goes to the list free list
import gc
gc.collect()
gc.disable()
gc.get_count()
a = gc.get_count()[0]
x = []
new = gc.get_count()[0] - a
a = gc.get_count()[0]
del x
freed = gc.get_count()[0] - a
a = gc.get_count()[0]
y = [1, 2, 3]
reused = gc.get_count()[0] - a
a = gc.get_count()[0]
z = [4, 5]
empty_again = gc.get_count()[0] - a
a = gc.get_count()[0]
del y, z
w = list(range(5))
by_type_call = gc.get_count()[0] - a
print('new list', new)
print('del into free list', freed)
print('list from free list', reused)
print('free list empty again', empty_again)
print('list() after two dels', by_type_call)

# 3.11.7: a freed 20-tuple is pushed on its free list but never popped, so the next 20-tuple gets another block
import gc
gc.collect()
gc.disable()
p = int('3')
def reuse(n):
    t = (p,) * n
    i = id(t)
    del t
    u = (p,) * n
    return id(u) == i
same = [(n, reuse(n)) for n in (1, 2, 10, 19, 20, 21, 30)]
gc.get_count()
a = gc.get_count()[0]
for _ in range(10):
    t = (p,) * 20
    del t
c20 = gc.get_count()[0] - a
a = gc.get_count()[0]
for _ in range(10):
    t = (p,) * 19
    del t
c19 = gc.get_count()[0] - a
print(same)
print('ten 20-tuples', c20, 'ten 19-tuples', c19)

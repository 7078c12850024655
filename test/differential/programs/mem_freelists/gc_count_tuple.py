# gc count[0] for tuples: free lists per length 1..19 absorb repeated tuples; 20-tuples count every time (3.11)
import gc
gc.collect()
gc.disable()
gc.get_count()
p = int('7')
def count_loop(make):
    a = gc.get_count()[0]
    for _ in range(5):
        t = make()
        del t
    return gc.get_count()[0] - a
r2 = count_loop(lambda: (p, p))
r19 = count_loop(lambda: (p,) * 19)
r20 = count_loop(lambda: (p,) * 20)
r21 = count_loop(lambda: (p,) * 21)
r2b = count_loop(lambda: (p, p))
print('2-tuple', r2)
print('19-tuple', r19)
print('20-tuple', r20)
print('21-tuple', r21)
print('2-tuple again', r2b)

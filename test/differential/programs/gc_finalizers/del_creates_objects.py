# finalizers may allocate during a collection; no collection nests inside it
import gc
gc.collect()
made = []
class M:
    def __del__(self):
        made.append([[] for _ in range(5)])
        print('collect inside __del__:', gc.collect())
m = M()
m.me = m
del m
print(gc.collect())
print(len(made), len(made[0]))

# a hundred independent two-list cycles are found in one collection
import gc
gc.collect()
def make():
    x = []
    y = [x]
    x.append(y)
for i in range(100):
    make()
print(gc.collect())
print(gc.collect())

# a nested recursive function forms a cycle (function -> cell -> function); collected by gc
import gc
gc.collect()
def outer():
    def rec(n):
        return 0 if n == 0 else rec(n - 1)
    return rec(3)
print(outer())
print(gc.collect())
def outer2():
    items = []
    items.append(items)
    return len(items)
print(outer2())
print(gc.collect())
print(gc.collect())

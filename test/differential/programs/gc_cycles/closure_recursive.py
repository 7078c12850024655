# a recursive nested function: function -> closure tuple -> cell -> function
import gc
gc.collect()
def outer():
    def rec(n):
        if n == 0:
            return 0
        return 1 + rec(n - 1)
    return rec(5)
print(outer())
print(gc.collect())
print(gc.collect())

# threshold0 = 0 disables automatic collection entirely
import gc
calls = []
gc.collect()
gc.set_threshold(0)
gc.callbacks.append(lambda phase, info: calls.append(phase))
keep = [[] for i in range(2000)]
n = len(calls)
gc.callbacks.clear()
gc.set_threshold(700, 10, 10)
print(n, gc.get_threshold())

# gc.disable() stops automatic collections; gc.collect() still works
import gc
calls = []
gc.collect()
gc.disable()
gc.callbacks.append(lambda phase, info: calls.append((phase, info['generation'])))
keep = [[] for i in range(2000)]
print(len(calls), gc.isenabled())
a = []
a.append(a)
del a
print(gc.collect(), calls)
gc.callbacks.clear()
gc.enable()
print(gc.isenabled())

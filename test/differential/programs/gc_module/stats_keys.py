# gc.get_stats() dicts are built by Py_BuildValue: new, not interned, key strings for each dict.
import gc
import sys
a = gc.get_stats()
b = gc.get_stats()
ka = list(a[0])
print(ka, [list(d) == ka for d in a + b])
print([x is y for x, y in zip(ka, list(a[1]))])
print([x is y for x, y in zip(ka, list(b[0]))])
print([sys.getrefcount(k) for k in ka])

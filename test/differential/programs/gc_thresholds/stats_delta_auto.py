# get_stats() collection counters grow with automatic collections of generation 0
import gc
gc.collect()
before = [s['collections'] for s in gc.get_stats()]
keep = [[] for i in range(3000)]
after = [s['collections'] for s in gc.get_stats()]
print([a - b for a, b in zip(after, before)])

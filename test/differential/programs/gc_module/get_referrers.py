# get_referrers finds the tracked containers that hold an object
import gc
gc.collect()
target = ['t']
holder1 = [target]
holder2 = {'k': target}
holder3 = (target, 1)
refs = gc.get_referrers(target)
print(any(r is holder1 for r in refs), any(r is holder2 for r in refs), any(r is holder3 for r in refs))
print(sum(1 for r in refs if type(r) is list and r is not holder1))

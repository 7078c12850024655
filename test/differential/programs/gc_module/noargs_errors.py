# the gc functions that take no argument or exactly one
import gc
calls = [lambda: gc.get_count(1), lambda: gc.enable(1), lambda: gc.freeze(0), lambda: gc.is_tracked(),
         lambda: gc.is_tracked(1, 2), lambda: gc.set_debug(), lambda: gc.set_debug('x'), lambda: gc.get_stats(None)]
for c in calls:
    try:
        c()
    except TypeError as e:
        print(e)

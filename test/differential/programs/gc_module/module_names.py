# the gc module's public names
import gc
print(sorted(n for n in dir(gc) if not n.startswith('_')))

# a class-based manager holding a list: the list's count through enter, body and exit, the objects made (bound __exit__), and the gc: a manager in a reference cycle stays alive while the with holds it
import gc
import sys


class Journal:
    def __init__(self):
        self.entries = []
        self.me = self  # a cycle: only the gc frees a Journal

    def __enter__(self):
        self.entries.append('open')
        print('enter', sys.getrefcount(self.entries), sys.getrefcount(self))
        return self.entries

    def __exit__(self, t, v, tb):
        self.entries.append('close')
        print('exit', sys.getrefcount(self.entries), sys.getrefcount(self))
        return False

    def __del__(self):
        print('journal freed', self.entries)


gc.collect()
j = Journal()
with j as entries:
    entries.append('work')
    print('body', sys.getrefcount(entries), sys.getrefcount(j))
    print('collect inside', gc.collect())
print('after', sys.getrefcount(entries), sys.getrefcount(j), entries)
del j
print('collect after del', gc.collect())
print('entries', sys.getrefcount(entries), entries)

# The temporary manager is only reachable from the stack (bound __exit__) and its own cycle.
with Journal() as e2:
    print('collect in temp', gc.collect())
    e2.append('temp')
print('temp done', sys.getrefcount(e2))
print('collect temp', gc.collect())
print('e2', e2, sys.getrefcount(e2))

# Bound methods made by BEFORE_WITH: each with makes a new bound __exit__ and frees it.
class Plain:
    def __enter__(self):
        return None

    def __exit__(self, *a):
        return None


p = Plain()
ids = set()
for _ in range(3):
    with p:
        pass
print('plain', sys.getrefcount(p), gc.is_tracked(p))
print(gc.collect())

# builtin immutable and container objects cannot be weakly referenced
import weakref
for obj in (1, 'text', (1, 2), [1], {'a': 1}, None, 2.5, b'b'):
    try:
        weakref.ref(obj)
    except TypeError as e:
        print(e)

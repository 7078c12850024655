# An unpack that raises releases the sequence it was unpacking (CPython: Py_DECREF(seq); goto
# error) and every item it had already taken: the counts after the except are those before.
import sys

t = tuple([1000, 2000, 3000])
lst = [[1], [2], [3]]
before = sys.getrefcount(t), sys.getrefcount(lst), [sys.getrefcount(x) for x in lst]
for k in range(3):
    try:
        a, b = t
    except ValueError as e:
        print(e)
    try:
        a, b, c, d = lst
    except ValueError as e:
        print(e)
    try:
        a, *b, c, d, e2 = lst
    except ValueError as e:
        print(e)
print(before == (sys.getrefcount(t), sys.getrefcount(lst), [sys.getrefcount(x) for x in lst]))
print(sys.getrefcount(t), sys.getrefcount(lst), [sys.getrefcount(x) for x in lst])


class Counting:
    """An iterator that makes new objects: those taken before the error are freed."""
    def __init__(self, n):
        self.n = n
        self.made = []

    def __iter__(self):
        return self

    def __next__(self):
        if len(self.made) >= self.n:
            raise StopIteration
        obj = [len(self.made)]
        self.made.append(obj)
        return obj


src = Counting(5)
try:
    p, q = src
except ValueError as e:
    print(e, sys.getrefcount(src), [sys.getrefcount(o) for o in src.made])
src = Counting(2)
try:
    p, q, r = src
except ValueError as e:
    print(e, sys.getrefcount(src), [sys.getrefcount(o) for o in src.made])


class M:
    def __init__(self, v):
        self.value = v

    def __enter__(self):
        return self.value

    def __exit__(self, *exc):
        print('exit', exc[0].__name__, sys.getrefcount(self.value))
        return True


m = M(tuple([1, 2, 3]))
with m as (x, y):
    print('never')
print(sys.getrefcount(m.value))

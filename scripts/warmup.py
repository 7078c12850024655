# Run once by scripts/build.mjs so that the CLI's V8 code cache holds what typical
# programs use (the parser, compiler and eval-loop paths below), not only an empty run.
import sys, gc


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


words = {}
for i, w in enumerate("the quick brown fox jumps over the lazy dog".split()):
    words[w] = words.get(w, 0) + i
points = [Point(i, i * 2) for i in range(10)]
total = sum(p.x + p.y for p in points)
s = "".join(str(i) for i in range(20))
t = (1, 2.5, "three", b"four", None, True)
try:
    {}["missing"]
except KeyError as e:
    err = repr(e)
a = []
a.append(a)
del a
gc.collect()
print(fib(10), len(words), total, s[:5], t, err, points[0], sys.getrefcount(points))

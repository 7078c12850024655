# from __future__ import annotations: annotations are kept as the text of their
# expression (Python/ast_unparse.c), never evaluated, and the code carries
# CO_FUTURE_ANNOTATIONS in co_flags; the __future__ module is imported for real.
from __future__ import annotations
import sys


def f(a: list[int], b: dict[str, 'Node'] | None = None, *args: tuple[int, ...], **kw: Missing) -> Node:
    return a


print(f.__annotations__)
print(hex(f.__code__.co_flags & 0x1000000))


def g(x: (1 + 2) * 3, y: -x ** 2, z: not a or b and c, w: lambda q, *r, s=1, **t: q,
      v: [i for i in range(3) if i], u: {k: v for k, v in d.items()}, t: a if b else c,
      s: f'{x!r:>{width}}', r: x[1:2, ::3], p: (1,), o: (), n: 1e999, m: b'\x00"', l: {1, 2}, k: ...,
      j: {**a, 'b': 1}, i: f(*a, k=1, **b), h: a < b <= c is not d, gg: ~x >> 1 | y & z ^ w,
      ff: (yy for yy in z), ee: x.y.z, dd: 3 .real, cc: 'it\'s', bb: u'x') -> None:
    pass


for k, v in g.__annotations__.items():
    print(k, '=', v)
value: Undefined = 5
other: dict[str, int]
print(__annotations__)


class C:
    attr: C
    items: list[C] = []


print(C.__annotations__)
print(annotations)
print(sys.modules['__future__'].annotations is annotations, annotations.compiler_flag)

# := inside a comprehension binds in the enclosing function or module scope (not the
# comprehension's), as a cell when in a function; the rules symtable.c enforces.
import sys


def outer():
    items = [x for x in range(5) if (best := x) > 2]
    return items, best


print(outer())


def nested():
    def inner():
        return [(found := z) for z in range(3)]
    r = inner()
    return r, 'found' in dir()


print(nested())


def closure():
    [(acc := v) for v in range(4)]

    def read():
        return acc
    return read()


print(closure())
print(closure.__code__.co_cellvars, closure.__code__.co_varnames)
for src in ['[i := 0 for i in range(3)]', '[x for x in (y := [1])]', 'class C:\n    [(q := 1) for _ in range(2)]',
            'def f():\n    global g\n    [(g := 1) for _ in range(1)]\n    return g\nprint(f(), g)', 'x := 5',
            '[[(j := i) for i in range(2)] for j in range(2)]']:
    try:
        exec(src)
        print('ok')
    except SyntaxError as e:
        print(type(e).__name__, e.msg)

# a finally body is compiled twice (normal exit and exception), so are the lambdas and comprehensions in it; the code objects are equal (code_richcompare), so the function keeps one constant for each (_PyCode_ConstantKey), and a code object's repr names it, its file and line
import sys
b = 3.14159
def f(p):
    try:
        return p
    finally:
        g = lambda: 3.14159
        h = [x for x in (1, 2)]
consts = f.__code__.co_consts
print(len(consts), [c.co_name for c in consts if type(c).__name__ == 'code'])
print(sys.getrefcount(b))
r = repr(f.__code__)
print(r.split(' at ')[0], r.endswith('finally_code_consts.py", line 4>'))
lc = [c for c in consts if type(c).__name__ == 'code'][-1]
print(repr(lc).startswith('<code object <listcomp> at 0x'), repr(lc).endswith(', line 9>'))

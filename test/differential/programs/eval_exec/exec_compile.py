# exec() runs statements in the given (or the caller's) namespace and returns None;
# compile() makes a code object that eval/exec run; functions defined by exec keep
# the dict they ran in as their globals.
import sys
ns = {}
r = exec('def sq(n):\n    return n * n\nresult = sq(7)', ns)
print(r, ns['result'], sorted(k for k in ns if k != '__builtins__'), ns['sq'].__globals__ is ns)
print(ns['sq'].__code__.co_filename, ns['sq'].__qualname__, ns['sq'].__module__ if '__name__' in ns else 'no module')
exec('created = [1, 2]')
print(created, sys.getrefcount(created))
code = compile('total = sum(range(n))', 'calc.py', 'exec')
print(type(code).__name__, code.co_filename, code.co_name, code.co_names)
for n in (3, 5):
    exec(code)
    print(total)
e = compile('n * 10', '<expr>', 'eval')
print(eval(e), eval(e, {'n': 2}), exec(e))
print(compile('x', 'f', 'eval').co_consts, compile('pass', 'f', 'exec').co_consts)
try:
    compile('1', 'f', 'run')
except ValueError as err:
    print(err)
try:
    exec('return 1')
except SyntaxError as err:
    print(err.args)
try:
    exec('def f(a, a): pass')
except SyntaxError as err:
    print(err.args, err.lineno, err.offset, err.filename)
try:
    exec('raise KeyError("k")')
except KeyError as err:
    print(repr(err))
try:
    exec(123)
except TypeError as err:
    print(err)
try:
    exec('1', [])
except TypeError as err:
    print(err)


def in_function():
    a = 1
    exec('a = 2; b = 3')
    return a, sorted(locals())


print(in_function())

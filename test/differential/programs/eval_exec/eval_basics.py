# eval() of an expression string: the caller's globals and locals by default, explicit
# dicts otherwise (__builtins__ added when missing); leading blanks are skipped;
# syntax errors are SyntaxError instances with CPython's location.
x = 10
print(eval('x * 2'), eval('  x + 1'), eval('\tx'))
print(eval('a + b', {'a': 1, 'b': 2}), eval('n', {}, {'n': 5}))
g = {'v': 3}
print(eval('v ** 2', g), sorted(g), g['__builtins__'] is __builtins__.__dict__ if hasattr(__builtins__, '__dict__') else 'dict')
print(eval('[i * i for i in range(4)]'), eval('(1, 2)'), eval('1,'))
print(eval(b'2 + 3'), eval(bytearray(b'4')))


def calc(expr):
    try:
        return eval(expr)
    except Exception as e:
        return type(e).__name__


print(calc('6'), calc('1/0'), calc('undefined_thing'), calc('1 +'), calc('x = 1'))


def scope():
    local_value = 7
    return eval('local_value + x')


print(scope())
for bad in ['1 +', '', '  1\n  2', '(1,\n2', 'lambda: (yield)']:
    try:
        eval(bad)
    except SyntaxError as e:
        print(type(e).__name__, e.args)
for args in [(), (1,), ('1', 1), ('1', {}, 1), ('1', [], {})]:
    try:
        eval(*args)
    except TypeError as e:
        print(e)
try:
    eval('1', x=1)
except TypeError as e:
    print(e)

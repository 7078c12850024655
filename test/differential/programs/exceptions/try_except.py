# try/except/else/finally flow, exception matching by class and tuple, as-binding
def attempt(x):
    try:
        r = 10 // x
    except ZeroDivisionError:
        print('div by zero')
        return 'zero'
    except (TypeError, ValueError) as e:
        print('bad type:', e)
        return 'type'
    else:
        print('ok', r)
        return r
    finally:
        print('finally for', repr(x))
print(attempt(2))
print(attempt(0))
print(attempt('s'))
try:
    [][1]
except LookupError as e:
    print(type(e).__name__, e)
try:
    {}['k']
except LookupError as e:
    print(type(e).__name__, e, repr(e))
try:
    int('x')
except Exception as e:
    print(e.args)

# bare raise re-raises the current exception; nested handlers; exception variable is deleted after except
def inner():
    try:
        raise KeyError('inner')
    except KeyError:
        print('logging and re-raising')
        raise
try:
    inner()
except KeyError as e:
    print('outer got', repr(e))
try:
    raise ValueError(1)
except ValueError as err:
    pass
try:
    print(err)
except NameError as ne:
    print('NameError:', ne)
try:
    try:
        raise TypeError('t')
    except ValueError:
        print('not here')
except TypeError as e:
    print('propagated', e)
try:
    raise IndexError
except (KeyError, IndexError) as e:
    print(type(e).__name__, e.args)

# exception chaining: __context__ implicit, raise from sets __cause__, from None suppresses
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('during handling')
except ValueError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        {}['a']
    except KeyError as k:
        raise RuntimeError('wrapped') from k
except RuntimeError as e:
    print(repr(e.__cause__), e.__cause__ is e.__context__, e.__suppress_context__)
try:
    try:
        [].pop()
    except IndexError:
        raise TypeError('clean') from None
except TypeError as e:
    print(e.__cause__, repr(e.__context__), e.__suppress_context__)
try:
    raise ValueError('x')
except ValueError as e:
    saved = e
print(repr(saved), saved.__traceback__ is not None)

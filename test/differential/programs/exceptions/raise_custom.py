# user exception classes, hierarchy matching, args, str and repr of exceptions
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, key):
        super().__init__(f'missing {key}')
        self.key = key
def find(k):
    raise NotFound(k)
try:
    find('x')
except AppError as e:
    print(type(e).__name__, e, e.key, e.args, repr(e))
e1 = ValueError('a', 2)
e2 = KeyError('k')
e3 = Exception()
print(str(e1), repr(e1), str(e2), repr(e2), str(e3), repr(e3), e3.args)
print(isinstance(NotFound('q'), Exception), issubclass(NotFound, BaseException))
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError))
try:
    raise AppError
except AppError as e:
    print('caught class', repr(e))
print([c.__name__ for c in NotFound.__mro__])

# exception objects: args, custom attributes, str/repr with 0, 1 and 2 args, with_traceback-free usage
for e in [Exception(), Exception('one'), Exception('a', 'b'), KeyError('key'), KeyError(), ValueError(7), TypeError('t', 1, None)]:
    print(repr(e), '|', str(e), '|', e.args)
class HttpError(Exception):
    def __init__(self, status, reason):
        super().__init__(status, reason)
        self.status = status
err = HttpError(404, 'Not Found')
print(err.status, err.args, str(err), repr(err))
class Quiet(Exception):
    def __str__(self):
        return 'quiet!'
print(str(Quiet('x')), repr(Quiet('x')))
print(isinstance(err, HttpError), isinstance(err, Exception), isinstance(err, ValueError))
print(ZeroDivisionError.__mro__[1].__name__, KeyError.__base__.__name__, StopIteration.__base__.__name__)

# with: objects without the protocol (TypeError naming the type), __enter__/__exit__ looked up on the type only, errors in __enter__ (no __exit__ call) and in __exit__ (the body's exception becomes the context); the manager is released each time
import sys


def attempt(label, mgr):
    before = sys.getrefcount(mgr)
    try:
        with mgr as v:
            print(label, 'body', v)
    except Exception as e:
        print(label, type(e).__name__, e)
    print(label, 'counts', before, sys.getrefcount(mgr))


attempt('int', int('12345'))
attempt('list', [1])


class OnlyEnter:
    def __enter__(self):
        print('enter called')
        return 1


class OnlyExit:
    def __exit__(self, *a):
        print('exit called')


attempt('only enter', OnlyEnter())
attempt('only exit', OnlyExit())


class Instance:
    pass


inst = Instance()
inst.__enter__ = lambda: 1
inst.__exit__ = lambda *a: None
attempt('instance attrs', inst)


class FailEnter:
    def __enter__(self):
        raise ValueError('enter failed')

    def __exit__(self, *a):
        print('never called')


attempt('fail enter', FailEnter())


class FailExit:
    def __enter__(self):
        return 'fe'

    def __exit__(self, t, v, tb):
        raise LookupError('exit failed after ' + (t.__name__ if t else 'nothing'))


attempt('fail exit', FailExit())
m = FailExit()
try:
    with m:
        raise KeyError('body')
except LookupError as e:
    print('chained', repr(e), repr(e.__context__), e.__suppress_context__)
print('m', sys.getrefcount(m))


# __exit__ that is not a function: any callable attribute of the type.
class CallableExit:
    def __call__(self, *args):
        print('callable exit', len(args), args[0])
        return True


class WithCallable:
    __exit__ = CallableExit()

    def __enter__(self):
        return 'wc'


with WithCallable() as w:
    raise IndexError
print('after callable', w)


# A staticmethod __enter__: the lookup's descriptor protocol gives the plain function.
class Static:
    @staticmethod
    def __enter__():
        return 'static'

    def __exit__(self, *a):
        return False


with Static() as s:
    print(s)

# Decorators: every decorator expression is evaluated first (top to bottom), then the
# function (or class) is made, then the decorators are called innermost first; the
# name is bound once, to the last result.
import sys
log = []


def tag(name):
    log.append('eval ' + name)

    def deco(fn):
        log.append('call ' + name + ' on ' + fn.__name__)
        fn.tags = getattr(fn, 'tags', []) + [name]
        return fn
    return deco


@tag('outer')
@tag('middle')
@tag('inner')
def work():
    return 'done'


print(log)
print(work(), work.tags)


def replace(fn):
    def wrapper(*args):
        return ('wrapped', fn(*args))
    wrapper.original = fn
    return wrapper


@replace
def add(a, b):
    return a + b


print(add(1, 2), add.__name__, add.original.__name__)
print(sys.getrefcount(add.original))
kept = []


def keep(fn):
    kept.append(fn)
    return fn


@keep
def f():
    pass


print(kept[0] is f, sys.getrefcount(f))


def register(cls):
    cls.registered = True
    return cls


@register
class Widget:
    pass


print(Widget.registered, Widget.__name__)


@lambda fn: 42
def gone():
    pass


print(gone)
try:
    @undefined_decorator
    def h():
        pass
except NameError as e:
    print(e)
print('h' in globals())

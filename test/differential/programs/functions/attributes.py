# function objects as values: attributes, passing functions, storing in containers
def greet(name):
    return 'hi ' + name
f = greet
print(f('bob'), f is greet, f.__name__, callable(f), callable(3))
greet.tag = 'custom'
print(greet.tag, hasattr(greet, 'tag'), hasattr(greet, 'nope'))
table = {'g': greet, 'u': str.upper}
print(table['g']('x'), table['u']('x'))
def apply(func, *args):
    return func(*args)
print(apply(max, 3, 9), apply(len, 'four'))
def compose(f, g):
    return lambda x: f(g(x))
print(compose(len, str)(12345))
print(greet.__code__.co_argcount, greet.__code__.co_varnames, greet.__code__.co_name)

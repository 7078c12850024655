# local, global and builtin scopes; global statement; shadowing builtins
counter = 0
def inc():
    global counter
    counter += 1
    return counter
inc()
inc()
print(counter)
x = 'global'
def show():
    return x
def shadow():
    x = 'local'
    return x
print(show(), shadow(), x)
def make_global():
    global created
    created = 'made in function'
make_global()
print(created)
def uses_len():
    len = lambda s: 'shadowed'
    return len('abc')
print(uses_len(), len('abc'))
def outer():
    y = 1
    def inner():
        return y + 1
    return inner()
print(outer())

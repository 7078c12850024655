# closures capture variables (cells), not values; late binding and rebinding
def make():
    fns = []
    for i in range(3):
        fns.append(lambda: i)
    return fns
print([f() for f in make()])
def make_bound():
    return [lambda i=i: i for i in range(3)]
print([f() for f in make_bound()])
def outer():
    x = 1
    def get():
        return x
    x = 2
    r1 = get()
    x = 3
    return r1, get()
print(outer())
def nested():
    a = 'a'
    def mid():
        b = 'b'
        def inner():
            return a + b
        return inner
    return mid()()
print(nested())

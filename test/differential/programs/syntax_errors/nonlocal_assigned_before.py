# SyntaxError: name 'x' is assigned to before nonlocal declaration
def outer():
    x = 0
    def inner():
        x = 1
        nonlocal x
    return inner

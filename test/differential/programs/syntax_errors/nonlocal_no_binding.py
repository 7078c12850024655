# SyntaxError: no binding for nonlocal 'y' found
def outer():
    def inner():
        nonlocal y
        y = 1
    return inner

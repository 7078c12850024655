# SyntaxError: named arguments must follow bare *
def f(a, *):
    return a

# SyntaxError: duplicate argument 'a' in function definition
def f(a, b, a):
    return a

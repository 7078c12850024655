# SyntaxError: expected ':' after a def signature
def f(a, b)
    return a + b
print(f(1, 2))

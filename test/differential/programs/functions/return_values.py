# return values: implicit None, multiple values as tuple, early return, recursion
def nothing():
    pass
def bare():
    return
def pair():
    return 1, 2
def sign(x):
    if x < 0:
        return -1
    if x == 0:
        return 0
    return 1
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
print(nothing(), bare(), pair(), type(pair()).__name__)
print([sign(v) for v in (-5, 0, 5)])
print(fact(20), fact(25))
print([fib(i) for i in range(15)], fib(90))
q, r = divmod(17, 3)
print(q, r)

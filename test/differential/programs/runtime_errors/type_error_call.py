# TypeError: calling a non-callable object
x = 5
print('x =', x)
print(callable(x), callable(print))
x()

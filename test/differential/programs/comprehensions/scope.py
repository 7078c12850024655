# comprehension variables do not leak; comprehensions see enclosing names
x = 'outer'
squares = [x * 2 for x in range(3)]
print(x, squares)
def f(n):
    base = 10
    return [base + i for i in range(n)]
print(f(3))
def g():
    k = 3
    return {i: k * i for i in range(k)}
print(g())
funcs = [lambda: i for i in range(3)]
print([fn() for fn in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([fn() for fn in funcs])
gen = (y * 2 for y in range(3))
print(next(gen), list(gen), list(gen))

# tuples: constant tuples are shared, built tuples are fresh, the empty tuple is a singleton
def f():
    return (1, 2)
def g():
    return (1, 2)
print(f() is g())
a = 1
def h():
    return (a, 2)
print(h() is h(), h() == h())
print(tuple([1, 2]) is tuple([1, 2]), tuple([]) is tuple([]))
x = (1, 2)
y = x + ()
z = () + x
print(y is x, z is x, x * 1 is x, x[:] is x)
w = tuple(x)
print(w is x)

# del of names: unbinds, NameError afterwards, re-binding after del, del of multiple names
x = 1
y = [2]
z = 'three'
del x
try:
    print(x)
except NameError as e:
    print(e)
x = 'again'
print(x)
del y, z
def bound(name):
    try:
        eval_names = {'x': lambda: x, 'y': lambda: y, 'z': lambda: z}
        eval_names[name]()
        return True
    except NameError:
        return False
print(bound('y'), bound('z'), bound('x'))
def f():
    a = 1
    del a
    try:
        return a
    except UnboundLocalError as e:
        return str(e)
print(f())
def g():
    global x
    del x
g()
print(bound('x'))

# nonlocal rebinding across multiple nesting levels and shared cells between closures
def outer():
    v = 0
    def setter(n):
        nonlocal v
        v = n
    def getter():
        return v
    return setter, getter
s, g = outer()
print(g())
s(42)
print(g())
def level1():
    x = 'one'
    def level2():
        def level3():
            nonlocal x
            x = 'three'
        level3()
        return x
    r = level2()
    return r, x
print(level1())
def shared():
    total = 0
    def add(n):
        nonlocal total
        total += n
        return total
    return add, add
add1, add2 = shared()
print(add1(1), add2(10), add1(100))

# cell and free variables: the name's value is the cell's content
def outer():
    a = [1]

    def inner():
        return a

    a2 = a
    return inner


fn = outer()
r = fn()

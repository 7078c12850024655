# freeing objects in reverse allocation order undoes pymalloc's state: new objects get the same ids in order
class Node:
    pass
def run(make):
    a = make()
    b = make()
    c = make()
    d = make()
    ids = [id(a), id(b), id(c), id(d)]
    del d, c, b, a
    w = make()
    x = make()
    y = make()
    z = make()
    return [id(w) == ids[0], id(x) == ids[1], id(y) == ids[2], id(z) == ids[3]]
print(run(Node))
print(run(set))
print(run(lambda: 'y' * 200))
print(run(lambda: 2 ** 200))

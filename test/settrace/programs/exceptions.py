# an exception event in every frame it passes through; return with arg NULL (null) for each frame it leaves
def inner():
    raise ValueError('v')


def middle():
    inner()


def outer():
    try:
        middle()
    except ValueError as e:
        msg = str(e)
    return msg


outer()
try:
    {}['k']
except KeyError:
    pass

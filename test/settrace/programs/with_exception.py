# an exception in a with body: exception event, the with line again, __exit__, then the handler
class CM:
    def __enter__(self):
        return self

    def __exit__(self, typ, val, tb):
        return False


try:
    with CM():
        raise KeyError('k')
except KeyError:
    caught = True

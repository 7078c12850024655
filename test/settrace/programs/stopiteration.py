# StopIteration raised by a __next__ ends a for loop: an exception event in the for's frame; a generator's end does not raise
class Count:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 2:
            raise StopIteration
        self.n += 1
        return self.n


for v in Count():
    pass
for w in iter([1]):
    pass

# iterator protocol: __iter__ returning self, __next__ raising StopIteration
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
for x in Countdown(3):
    print(x)
c = Countdown(2)
print(iter(c) is c, next(c), next(c), next(c, 'stop'))
print(list(Countdown(4)), sum(Countdown(10)))
class Pairs:
    def __init__(self, items):
        self.items = items
    def __iter__(self):
        for i in range(0, len(self.items) - 1, 2):
            yield self.items[i], self.items[i + 1]
print(list(Pairs([1, 2, 3, 4, 5])), dict(Pairs('abcd')))
it = iter([1, 2])
print(next(it), next(it), next(it, None))

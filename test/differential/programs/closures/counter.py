# closures with nonlocal: independent counters sharing nothing
def make_counter(start):
    count = start
    def step(by=1):
        nonlocal count
        count += by
        return count
    return step
a = make_counter(0)
b = make_counter(100)
print(a(), a(), a(5), b(), a())
def accumulator():
    items = []
    def add(x):
        items.append(x)
        return len(items)
    return add
acc = accumulator()
print(acc('a'), acc('b'))
print(a.__closure__[0].cell_contents, len(acc.__closure__))
print(a.__code__.co_freevars, make_counter.__code__.co_cellvars)

# repeating a list to 10**12 items or more fails at once with a bare MemoryError
def attempt(make):
    try:
        make()
    except MemoryError as e:
        return 'MemoryError ' + repr(e.args) + ' ' + repr(str(e))
    return 'no error'
n = 10 ** 12
print(attempt(lambda: [0] * n))
print(attempt(lambda: [1, 2] * n))
print(attempt(lambda: [None] * 2 ** 62))
print(attempt(lambda: n * ['x']))
small = [0] * 10
print(len(small), small.count(0))

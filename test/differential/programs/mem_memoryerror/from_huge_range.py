# list(), tuple() and sorted() of range(10**12) preallocate from the length and fail with MemoryError at once
r = range(10 ** 12)
print(len(r), r[-1])
for make in (list, tuple, sorted):
    try:
        make(r)
    except MemoryError as e:
        print(make.__name__, 'MemoryError', e.args)
try:
    len(range(10 ** 20))
except OverflowError as e:
    print('OverflowError:', e)
print(list(range(3)), tuple(range(2)))

# bytes(n), b'x' * n and bytearray(n) for n = 10**12 raise MemoryError without allocating anything
n = 10 ** 12
def attempt(make):
    try:
        make()
    except MemoryError as e:
        return type(e).__name__ + repr(e.args)
    return 'no error'
print(attempt(lambda: bytes(n)))
by = b'x'
print(attempt(lambda: by * n))
print(attempt(lambda: bytearray(n)))
print(attempt(lambda: bytes(2 ** 62)))
print(len(bytes(1000)), len(by * 1000))

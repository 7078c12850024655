# MemoryError is an Exception subclass with empty args when raised by a failed allocation
print(MemoryError.__mro__)
try:
    [0] * 10 ** 12
except Exception as e:
    print(type(e).__name__, isinstance(e, MemoryError), e.args, str(e) == '', repr(e))
try:
    raise MemoryError('custom message')
except MemoryError as e:
    print(repr(e), e.args)
err = MemoryError()
print(repr(err), str(err) == '')

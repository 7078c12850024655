# True, False, None and Ellipsis-free constants; their reprs and types
print(True, False, None)
print(repr(True), repr(None))
print(type(True).__name__, type(None).__name__)
print(True + True, True * 10, False - 1)
print(None is None, True is not False)
print(not None, not 0, not '', not [], not 1)
print(isinstance(True, int), bool(0), bool(2))

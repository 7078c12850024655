# Importing a standard module raises NotImplementedError in PyHeap, ModuleNotFoundError only
# for a module no CPython has; here the program only imports a missing one.
try:
    import no_such_module_anywhere
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from no_such_package import thing
except ImportError as e:
    print(type(e).__name__, e)

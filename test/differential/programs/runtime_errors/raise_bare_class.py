# raising a class (no arguments) uncaught: last line is just the class name
print('about to raise')
print(issubclass(LookupError, Exception), LookupError.__name__)
raise LookupError

# uncaught NameError raised two frames deep (traceback through functions)
def inner():
    return missing_global * 2
def outer():
    print('calling inner')
    return inner()
outer()

# uncaught exception raised while handling another (implicit chaining)
try:
    {}['k']
except KeyError:
    print('handling KeyError')
    raise TypeError('secondary failure')

# uncaught NameError for an undefined global name
x = 1
print('x is', x)
print('y' == 'y')
print(undefined_name + x)

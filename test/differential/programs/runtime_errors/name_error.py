# uncaught NameError for an undefined global name
x = 1
print('x is', x)
print(undefined_name + x)

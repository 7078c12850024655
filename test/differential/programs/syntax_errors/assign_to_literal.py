# SyntaxError: cannot assign to literal here. Maybe you meant '==' instead of '='?
x = 1
if 1 = x:
    print('one')

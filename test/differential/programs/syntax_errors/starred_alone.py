# SyntaxError: can't use starred expression here
x = [1, 2]
y = *x

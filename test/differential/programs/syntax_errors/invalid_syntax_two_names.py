# SyntaxError: invalid syntax (two expressions without an operator)
x = 1
y = x x

# SyntaxError: 'yield' outside function
x = 1
yield x

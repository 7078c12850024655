# SyntaxError: 'return' outside function
x = 5
print(x)
return x

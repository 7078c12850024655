# SyntaxError: expression cannot contain assignment, perhaps you meant "=="?
print(1 = 1)

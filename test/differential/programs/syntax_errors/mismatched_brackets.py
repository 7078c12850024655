# SyntaxError: closing parenthesis ']' does not match opening parenthesis '('
values = (1, 2, 3]
print(values)

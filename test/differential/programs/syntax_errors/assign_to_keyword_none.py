# SyntaxError: cannot assign to None
None = 1

# SyntaxError: cannot assign to literal here (a literal as the assignment target)
5 = x

# SyntaxError: cannot assign to lambda (assignment inside a lambda body parses as lambda = ...)
f = lambda x: y = x

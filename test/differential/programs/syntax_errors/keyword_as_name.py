# SyntaxError: invalid syntax (keyword used as a variable name)
class = 'student'

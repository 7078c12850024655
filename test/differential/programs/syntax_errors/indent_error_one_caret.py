# an IndentationError is shown with one caret: only an exact SyntaxError's end_offset widens it (parse_syntax_error)
x = 1
def g():
def f():
    return 1

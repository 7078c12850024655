# IndentationError: expected an indented block after 'if' statement
if True:
print('not indented')

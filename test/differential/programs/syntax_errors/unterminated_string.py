# SyntaxError: unterminated string literal
print('ok')
s = 'never closed
print(s)

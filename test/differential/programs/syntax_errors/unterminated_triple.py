# SyntaxError: unterminated triple-quoted string literal
print('before')
s = """this string
never ends

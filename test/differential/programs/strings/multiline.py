# triple-quoted strings keep newlines and indentation; line continuation with backslash
text = """first
  second
third"""
print(text)
print(text.count('\n'), len(text.splitlines()))
joined = 'a' \
    'b'
print(joined)
x = 1 + \
    2
print(x)
print('''a\
b''')

# SyntaxError: f-string: empty expression not allowed
name = 'x'
print(f'{name} {}')

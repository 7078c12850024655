# TypeError: can only concatenate str (not "int") to str
s = 'value: '
print(s + 'ok')
print(s + str(5))
print(s + 5)

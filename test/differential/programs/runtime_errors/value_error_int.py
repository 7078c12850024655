# ValueError: invalid literal for int()
print(int('42'))
print(int(' -7 '), int('1_000'))
print(int('4x2'))

# TypeError: object of type 'int' has no len()
print(len('abc'))
print(len([1, 2]), len({'a': 1}))
print(len(42))

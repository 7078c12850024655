# IndexError: list index out of range
items = [1, 2, 3]
print(items[2])
print(items[-3], items[1:10])
print(items[3])

# AttributeError on a built-in type
items = [3, 1]
items.sort()
print(items)
items.push(4)

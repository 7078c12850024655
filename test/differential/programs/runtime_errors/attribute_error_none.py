# AttributeError on None (common bug: using the result of list.sort())
result = [2, 1].sort()
print(result)
result.append(3)

# ValueError: list.remove(x): x not in list
xs = [1, 2]
xs.remove(1)
print(xs)
xs.remove(7)

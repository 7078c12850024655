# TypeError: object is not subscriptable
n = 10
print(n)
print(n[0])

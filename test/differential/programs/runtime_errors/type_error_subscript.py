# TypeError: object is not subscriptable
n = 10
print(n)
print(str(n)[0], [n][0])
print(n[0])

# ZeroDivisionError for integer division
print(divmod(7, 2))
values = [4, 2, 0]
for v in values:
    print(100 // v)

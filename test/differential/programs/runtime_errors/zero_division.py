# ZeroDivisionError for integer division
values = [4, 2, 0]
for v in values:
    print(100 // v)

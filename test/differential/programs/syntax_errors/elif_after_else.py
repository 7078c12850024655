# SyntaxError: invalid syntax (elif after else)
x = 3
if x == 1:
    print(1)
else:
    print(2)
elif x == 3:
    print(3)

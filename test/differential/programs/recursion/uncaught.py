# uncaught RecursionError terminates the program with exit code 1
def forever(n):
    return forever(n + 1) + 1
print('start')
forever(0)
print('never printed')

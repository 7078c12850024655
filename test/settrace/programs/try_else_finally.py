# try/except/else/finally without an exception, and a return inside a for loop
def f(items):
    for i in items:
        if i:
            return i
    return None


try:
    r = f([0, 2])
except ValueError:
    r = -1
else:
    r += 1
finally:
    done = True

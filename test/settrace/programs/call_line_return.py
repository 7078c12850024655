# call/line/return: the call event's f_lineno is the def line (the module's is 0), return's is the returning line
def f(a):
    b = [a]
    if a:
        return b
    b.append(a)


f(1)
f(0)
g = lambda x: x
g(2)

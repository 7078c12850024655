# a generator: a call event at each resume, a return event at each yield (arg: the yielded value)
def gen(n):
    i = 0
    while i < n:
        got = yield i
        i += 1
    return 'done'


for v in gen(2):
    pass
g = gen(1)
next(g)
try:
    g.send(5)
except StopIteration:
    pass

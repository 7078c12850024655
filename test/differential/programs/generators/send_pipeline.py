# generator pipelines, send(), yield expression values, infinite generators with break
def naturals():
    n = 0
    while True:
        yield n
        n += 1
def take(it, k):
    for x in it:
        if k == 0:
            return
        k -= 1
        yield x
def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x
print(list(take(evens(naturals()), 5)))
def echo():
    got = None
    while True:
        got = yield got
        print('received', got)
e = echo()
print(next(e))
print(e.send('a'))
print(e.send('b'))
def running_avg():
    total = 0
    count = 0
    avg = None
    while True:
        x = yield avg
        total += x
        count += 1
        avg = total // count
r = running_avg()
next(r)
print(r.send(10), r.send(20), r.send(60))

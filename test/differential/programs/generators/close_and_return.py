# generator close() runs finally blocks; return inside a generator stops iteration; generator in for-else
def g():
    try:
        yield 'a'
        yield 'b'
    finally:
        print('finally ran')
it = g()
print(next(it))
it.close()
print('closed', next(it, 'nothing left'))
def limited(n):
    i = 0
    while True:
        if i >= n:
            return
        yield i
        i += 1
for v in limited(3):
    print('got', v)
else:
    print('loop completed normally')
def never_started():
    print('body')
    yield 1
ns = never_started()
ns.close()
print('closed before start', list(ns))

# generator expressions are lazy; the first iterable is evaluated immediately
def src(n):
    print('src called')
    return range(n)
g = (v * 10 for v in src(3))
print('created')
print(next(g))
print(next(g), next(g))
print(next(g, 'done'))
total = sum(i for i in range(5) if i % 2)
print(total)
print(max((len(w), w) for w in ['aa', 'b', 'ccc']))
print(sorted((-n for n in [3, 1, 2])))
print(tuple(c for c in 'xyz'), dict((k, 0) for k in 'ab'))

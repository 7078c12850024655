# a temporary freed at once leaves its block for the next temporary of the same kind: ids repeat in a loop
class K:
    def m(self):
        return 1
k = K()
lst = [1, 2, 3]
def gen():
    yield 1
print(id(k.m) == id(k.m), id(iter(lst)) == id(iter(lst)), id(gen()) == id(gen()))
print(id(range(5)) == id(range(7)), id(lst[:]) == id(lst[1:]), id(K()) == id(K()))
seen = set()
for i in range(20):
    seen.add(id(K()))
print(len(seen))
seen2 = set()
for i in range(20):
    seen2.add(id([i, i]))
print(len(seen2))
seen3 = set()
for i in range(20):
    seen3.add(id(str(i % 10) * 40))
print(len(seen3))

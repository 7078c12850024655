# a freed list's id is reused by the next list (list free list); several frees come back in LIFO order
a = [1, 2, 3]
i = id(a)
del a
b = ['other']
print(id(b) == i)
lists = [[n] for n in range(5)]
ids = [id(x) for x in lists]
x0 = lists.pop(0)
x1 = lists.pop(0)
x2 = lists.pop(0)
del x0
del x1
del x2
n1 = []
n2 = []
n3 = []
print(id(n1) == ids[2], id(n2) == ids[1], id(n3) == ids[0])
lists.clear()
m1 = []
m2 = []
print(id(m1) == ids[3], id(m2) == ids[4])

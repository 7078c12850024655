# objects over 512 bytes come from the system malloc; a freed chunk is reused by the next request of its size
x = 'x'
s = x * 1000
i = id(s)
del s
t = x * 1000
print(id(t) == i)
j = id(t)
del t
u = x * 995
print(id(u) == j)
ob = b'y' * 600
print(sum(ob) == 600 * 121, len(ob))

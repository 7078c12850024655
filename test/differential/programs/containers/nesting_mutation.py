# aliasing: mutation through one name is visible through another; copies are independent
a = [1, 2]
b = a
b.append(3)
print(a, b, a is b)
c = a[:]
c.append(4)
print(a, c, a is c, a == c[:3])
d = {'list': a}
d['list'].append(5)
print(a)
e = list(a)
f = a.copy()
print(e is a, f is a, e == a)
row = [0] * 3
grid = [row] * 2
grid[0][0] = 9
print(grid)
t = ([1], [2])
t[0].append(10)
print(t)

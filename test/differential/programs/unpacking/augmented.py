# augmented assignment on names, attributes, subscripts; += on lists mutates in place, on tuples rebinds
x = 5
x += 3
x -= 1
x *= 4
x //= 3
x %= 5
x **= 3
print(x)
s = 'ab'
s += 'cd'
s *= 2
print(s)
class C:
    n = 0
c = C()
c.n += 10
print(c.n, C.n)
d = {'k': [1]}
d['k'] += [2]
d['k'] *= 2
print(d)
a = [1]
b = a
a += [2]
print(a is b, b)
t = (1,)
u = t
t += (2,)
print(t is u, u, t)
f = 7.5
f /= 2
print(f)

# identity versus equality on containers, numbers, and strings
a = [1, 2]
b = [1, 2]
c = a
print(a == b, a is b, a is c, a is not b)
one, onef = 1, 1.0
print(one == onef, one is onef, True == one, True is one)
t1 = (a,)
t2 = (a,)
print(t1 == t2, t1 is t2, t1[0] is t2[0])
x = 'some long string with spaces'
y = 'some long string with spaces'
print(x == y, x is y)
d = {'k': a}
print(d['k'] is a, list(d.values())[0] is c)
n = None
print(n is None, n == None, n is not None)
nan = float('nan')
lst = [nan]
print(nan == nan, nan in lst, lst == [nan], lst.count(nan), lst.index(nan))

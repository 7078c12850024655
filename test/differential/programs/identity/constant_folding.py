# AST constant folding produces constants merged with literals; runtime results are fresh
a = 10 ** 3
b = 1000
print(a is b)
s1 = 'ab' * 3
s2 = 'ababab'
print(s1 is s2)
c = -1000
d = -1000
print(c is d)
t1 = (1, 2) + (3,)
t2 = (1, 2, 3)
print(t1 is t2)
n = 999
print(n + 1 is n + 1, n + 1 == b, n + 1 is b)
s = 'ab'
print(s * 3 is s2, s * 3 == s2)
print(int('1000') is int('1000'), float('1.5') is float('1.5'))
p = 'hello'
q = 'world'
hw = 'helloworld'
print(p + q is hw, p + q == hw)
big1 = 'a' * 4096
big2 = 'a' * 4096
over1 = 'a' * 4097
over2 = 'a' * 4097
print(big1 is big2, over1 is over2, over1 == over2)
i1 = 2 ** 64
i2 = 2 ** 64
j1 = 2 ** 65
j2 = 2 ** 65
print(i1 is i2, j1 is j2)
tu1 = (1, 2) * 128
tu2 = (1, 2) * 128
tv1 = (1, 2) * 129
tv2 = (1, 2) * 129
print(tu1 is tu2, tv1 is tv2, len(tu1), len(tv1))

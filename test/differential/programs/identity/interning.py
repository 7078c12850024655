# identifier-like string constants are interned; sys.intern shares runtime strings
import sys
p = 'hello'
q = 'world'
r = p + q
hw = 'helloworld'
print(r is hw, sys.intern(r) is hw)
s1 = 'hello world'
t = ' '.join(['hello', 'world'])
print(t is s1, t == s1, sys.intern(t) is sys.intern(s1))
a = ''.join(['sp', 'am'])
b = ''.join(['sp', 'am'])
spam = 'spam'
print(a is b, sys.intern(a) is sys.intern(b), sys.intern(a) is spam)
def f():
    return 'ident_like_1'
il = 'ident_like_1'
print(f() is il)
u = 'x' * 20
v = 'x' * 20
print(u is v)
w = 'x'
print(w * 20 is w * 20)
class K:
    attr_name = 1
an = 'attr_name'
print(sys.intern('attr_name') is an, list(K.__dict__)[1] is an)

# sys.intern returns the canonical interned string; equal runtime strings become identical
import sys
a = ''.join(['dyn', 'amic'])
b = ''.join(['dyn', 'amic'])
print(a is b, a == b)
ia = sys.intern(a)
ib = sys.intern(b)
print(ia is ib, ia is a, ib is b)
s = 'not an identifier!'
t = ' '.join(['not', 'an', 'identifier!'])
print(s is t, sys.intern(t) is sys.intern(s))
name = 'dynamic'
print(ia is name)
try:
    sys.intern(5)
except TypeError as e:
    print('TypeError:', e)

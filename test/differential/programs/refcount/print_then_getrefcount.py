# After print(s), does stdout's pending buffer keep a reference to s? (CPython 3.11.7 over a pipe:
# no, for ASCII and non-ASCII text alike.)
import sys
s = ''.join(['ab', 'cd'])
print(s)
print(sys.getrefcount(s))
t = 'hello world'
print(t, 1)
print(sys.getrefcount(t))
u = ''.join(['h', 'é'])
print(u)
print(sys.getrefcount(u))

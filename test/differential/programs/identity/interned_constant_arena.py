# An identifier-like string constant is interned when its code object is made
# (intern_string_constants). If that string was interned before compiling (a builtin's
# name such as 'len', or '__main__'), co_consts gets the interned object and the
# parser's own str survives in the parser's arena alone, until the module finishes.
import sys
x = 'len'
y = 'len'
print(sys.getrefcount(x), x is y)
z = '__main__'
print(sys.getrefcount(z), z is __name__)
w = 'a_new_name'
v = 'a_new_name'
print(sys.getrefcount(w), w is v)
def f():
    return 'len', 'a_new_name'
print(f()[0] is x, f()[1] is w, sys.getrefcount(x), sys.getrefcount(w))

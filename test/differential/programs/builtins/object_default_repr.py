# default repr/str of objects contain addresses; check only their shape, plus default __eq__/__hash__
class K:
    pass
k = K()
r = repr(k)
print(r.startswith('<__main__.K object at 0x'), r.endswith('>'), str(k) == r)
print(repr(K).startswith("<class '__main__.K'"), str(int), str(K))
o = object()
print(repr(o).startswith('<object object at 0x'))
print(hash(k) == hash(k), k == k, k != K())
def f():
    pass
print(repr(f).startswith('<function f at 0x'), repr(lambda: 0).startswith('<function <lambda> at'))
print(repr(len), repr(print))
print(repr([].append).startswith('<built-in method append of list object at 0x'))

# references from an attribute slot, a dict value and tuple slots at module level
import sys
class O:
    pass
a = []
o = O()
o.x = a
print(sys.getrefcount(a))
d = {'k': a}
print(sys.getrefcount(a))
t = (a, a, a)
print(sys.getrefcount(a))
d['j'] = a
print(sys.getrefcount(a))
del o.x
print(sys.getrefcount(a))
d.clear()
print(sys.getrefcount(a))
del t
print(sys.getrefcount(a))
s = {'key': 1}
k = 'a key string'
s[k] = k
print(sys.getrefcount(k))

# del of instance and class attributes; falls back to class attribute after deleting the instance one
class C:
    shared = 'class value'
c = C()
c.shared = 'instance value'
c.own = 1
print(c.shared, c.own)
del c.shared
print(c.shared)
del c.own
print(hasattr(c, 'own'))
try:
    del c.own
except AttributeError as e:
    print('AttributeError:', e)
del C.shared
print(hasattr(c, 'shared'))
c.a = 1
c.b = 2
delattr(c, 'a')
print(sorted(c.__dict__))

# bound methods are created on each access: equal but not identical; ids may be reused
class K:
    def m(self):
        return 1
k = K()
print(k.m is k.m, k.m == k.m, id(k.m) == id(k.m))
m1 = k.m
m2 = k.m
print(m1 is m2, m1 == m2, m1.__self__ is m2.__self__, m1.__func__ is K.m)
print(K.m is K.m, [].append == [].append)
lst = []
print(lst.append == lst.append, lst.append is lst.append)

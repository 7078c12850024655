# assignment and unpacking into attribute and subscript targets, chained assignment with subscripts
class O:
    pass
o = O()
d = {}
lst = [0, 0, 0]
o.a, d['k'], lst[1] = 'attr', 'item', 'slot'
print(o.a, d, lst)
lst[0], lst[2] = lst[2], lst[0]
print(lst)
o.x = o.y = d['z'] = [1]
print(o.x is o.y is d['z'])
lst[0:2] = 'ab'
print(lst)
(o.p, o.q), *d['rest'] = (1, 2), 3, 4
print(o.p, o.q, d['rest'])
i = 0
i, lst[i] = 1, 'which index?'
print(i, lst)

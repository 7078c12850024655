# __eq__ and __lt__ run by list, tuple and dict operations (in, index, count, remove, ==, <, dict lookups by equal keys): call order and references to self and other
import sys
log = []
class E:
    def __init__(self, name, key):
        self.name = name
        self.key = key
    def __eq__(self, other):
        log.append((self.name, other.name if isinstance(other, E) else other, sys.getrefcount(self), sys.getrefcount(other)))
        return isinstance(other, E) and self.key == other.key
    def __lt__(self, other):
        log.append(('<', self.name, other.name, sys.getrefcount(self), sys.getrefcount(other)))
        return self.key < other.key
    __hash__ = None
def show(what, result):
    print(what, result, log)
    log.clear()
a, b, c = E('a', 1), E('b', 2), E('c', 3)
probe = E('p', 2)
items = [a, b, c]
show('in list', probe in items)
show('in list (identity)', b in items)
show('not in', E('q', 9) not in items)
show('index', items.index(probe))
show('count', items.count(probe))
t = (a, b, c)
show('in tuple', probe in t)
show('tuple index', t.index(E('r', 3)))
show('list ==', [a, b] == [E('x', 1), E('y', 2)])
show('list == same items', [a, b] == [a, b])
show('list !=', [a, b] != [a, c])
show('tuple <', (a, b) < (a, c))
show('tuple < unequal first', (b, a) < (c, a))
show('list < ', [E('m', 1)] < [E('n', 2)])
rm = [E('d', 4), E('e', 5)]
rm.remove(E('f', 5))
show('remove', len(rm))
d1 = {'k': a, 'j': b}
d2 = {'k': E('z', 1), 'j': b}
show('dict ==', d1 == d2)
show('dict values ==', d1 == {'k': c, 'j': b})
show('min', min(c, a, b).name)
show('max', max([b, c, a]).name)
show('sorted', [x.name for x in sorted([c, a, b])])

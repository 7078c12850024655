# __iter__/__next__ of one iterator class run by the runtime's iterator consumers: yield from (SEND), enumerate, zip, sorted, str.join, list.extend, dict.fromkeys, reversed() via __len__/__getitem__: call order and references to self
import sys
log = []
class It:
    def __init__(self, name, n):
        self.name = name
        self.n = n
        self.i = 0
    def __iter__(self):
        log.append(('iter', self.name, sys.getrefcount(self)))
        return self
    def __next__(self):
        log.append(('next', self.name, self.i, sys.getrefcount(self)))
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return str(self.i)
class Seq:
    def __len__(self):
        log.append(('len', sys.getrefcount(self)))
        return 2
    def __getitem__(self, i):
        log.append(('item', i, sys.getrefcount(self)))
        return i
def show(what, result):
    print(what, result, log)
    log.clear()
def gen():
    r = yield from It('g', 2)
    log.append(('after', r))
    yield 'end'
show('yield from', list(gen()))
show('enumerate', list(enumerate(It('e', 2))))
show('zip', list(zip(It('a', 2), It('b', 3))))
show('sorted', sorted(It('s', 2)))
show('join', '-'.join(It('j', 3)))
acc = ['0']
acc.extend(It('x', 2))
show('extend', acc)
show('fromkeys', dict.fromkeys(It('f', 2)))
show('reversed', list(reversed(Seq())))
show('min', min(It('m', 3)))
show('in gen', [c for c in It('c', 2)])

# __getitem__, __setitem__, __len__, __contains__, __iter__ on a custom container
class Bag:
    def __init__(self):
        self.data = {}
    def __setitem__(self, key, value):
        print('set', key, value)
        self.data[key] = value
    def __getitem__(self, key):
        return self.data.get(key, 0)
    def __len__(self):
        return len(self.data)
    def __contains__(self, key):
        print('contains?', key)
        return key in self.data
    def __iter__(self):
        return iter(sorted(self.data))
b = Bag()
b['x'] = 1
b['y'] = 2
b['x'] += 10
print(b['x'], b['missing'], len(b))
print('x' in b, 'z' not in b)
print(list(b), [k for k in b], sorted(b, reverse=True))
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(list(Seq()), 20 in Seq(), 25 in Seq())
for v in Seq():
    print('seq', v)

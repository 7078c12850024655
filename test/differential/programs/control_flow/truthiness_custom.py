# truth testing uses __bool__, then __len__; while loops and conditional expressions on custom objects
class Empty:
    def __len__(self):
        return 0
class Full:
    def __len__(self):
        return 3
class Flag:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print('bool called')
        return self.v
print(bool(Empty()), bool(Full()), bool(Flag(True)))
if Empty() or Full():
    print('or picks Full')
x = Flag(False) and 'unreached'
print(type(x).__name__)
print('yes' if Flag(True) else 'no')
print(not Flag(False))
n = [1, 2, 3]
while n:
    n.pop()
print(n)

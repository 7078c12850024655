# with in loops: break and continue leave the with through __exit__(None, None, None) (compiler_unwind_fblock), the manager's count after each way out
import sys


class Counter:
    def __init__(self, name):
        self.name = name
        self.enters = 0
        self.exits = []

    def __enter__(self):
        self.enters += 1
        return self.enters

    def __exit__(self, t, v, tb):
        self.exits.append(t)
        return False


c = Counter('c')
for i in range(6):
    with c as n:
        if i == 1:
            continue
        if i == 4:
            break
        print('body', i, n, sys.getrefcount(c))
print('for', c.enters, len(c.exits), set(c.exits), sys.getrefcount(c))

k = 0
d = Counter('d')
while True:
    k += 1
    with d, c as m:
        if k < 3:
            continue
        print('while', k, m)
        break
print('while done', d.enters, len(d.exits), c.enters, len(c.exits), sys.getrefcount(c), sys.getrefcount(d))

# break out of nested withs inside a for loop keeps the iterator alive on the stack below them
items = [10, 20, 30]
for x in items:
    with Counter('outer') as a:
        with Counter('inner') as b:
            if x == 20:
                print('break at', x, a, b, sys.getrefcount(items))
                break
print('items', sys.getrefcount(items))

# continue from an except handler inside a with
e = Counter('e')
for j in range(3):
    with e:
        try:
            raise ValueError(j)
        except ValueError:
            continue
print('e', e.enters, e.exits, sys.getrefcount(e))

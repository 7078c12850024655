# constants shared across code objects: floats, strings with spaces, nested tuples, negative numbers
def a():
    return 2.5, 'with space!', (1, (2, 3)), -7000, b'raw'
def b():
    return 2.5, 'with space!', (1, (2, 3)), -7000, b'raw'
class C:
    def m(self):
        return 2.5, 'with space!', (1, (2, 3)), -7000, b'raw'
x, y, z = a(), b(), C().m()
print([x[i] is y[i] for i in range(5)])
print([x[i] is z[i] for i in range(5)])
print(x is y, x == y)
lam = lambda: (1, (2, 3))
print(lam() is x[2])
gen = (v for v in [99999])
k = 99999
print(next(gen) is k)

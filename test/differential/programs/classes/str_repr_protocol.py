# str() uses __str__ falling back to __repr__; containers always use repr of items; f-strings and format
class OnlyRepr:
    def __repr__(self):
        return 'OnlyRepr()'
class Both:
    def __repr__(self):
        return 'Both<repr>'
    def __str__(self):
        return 'Both<str>'
a, b = OnlyRepr(), Both()
print(a, b)
print(str(a), str(b), repr(a), repr(b))
print([a, b], (b,), {'k': b})
print(f'{a} {b} {b!r} {b!s}')
print('%s %r' % (b, b))
print('{} {!r}'.format(b, b))
class Num:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f'Num({self.v!r})'
print([Num(1), Num('s'), Num([Num(2)])])

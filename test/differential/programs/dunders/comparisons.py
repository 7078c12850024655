# rich comparisons: reflected operands, NotImplemented fallback, identity fallback for ==
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.cents == other.cents
    def __lt__(self, other):
        print('lt', self.cents, other.cents)
        return self.cents < other.cents
    def __repr__(self):
        return f'M{self.cents}'
a, b = Money(5), Money(7)
print(a == Money(5), a == 5, a != b, 5 == a)
print(a < b)
print(b > a)
print(sorted([b, a, Money(1)]))
print(min(b, a), max([a, b]))
class Plain:
    pass
p = Plain()
print(p == p, p == Plain(), p != p)
print(Money.__hash__ is None, Plain.__hash__ is None)

# classes as records: default values via __init__ defaults, repr via __repr__, equality by value
class Item:
    def __init__(self, name, qty=1, tags=None):
        self.name = name
        self.qty = qty
        self.tags = tags if tags is not None else []
    def __repr__(self):
        return f'Item({self.name!r}, qty={self.qty}, tags={self.tags})'
    def __eq__(self, other):
        return isinstance(other, Item) and (self.name, self.qty) == (other.name, other.qty)
a = Item('apple')
b = Item('apple', tags=['red'])
c = Item('pear', 3)
print(a, b, c)
print(a == b, a == c, a != c, a == 'apple', a is b)
print([a, c], {'k': c})
inventory = [Item('x', 2), Item('y', 5)]
print(sum(i.qty for i in inventory), max(inventory, key=lambda i: i.qty))
print(Item('x', 2) in inventory, Item('z') in inventory)

# class definition, __init__, instance and class attributes, methods, attribute lookup order
class Point:
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm1(self):
        return abs(self.x) + abs(self.y)
    def move(self, dx):
        self.x += dx
        return self
p = Point(3, -4)
q = Point(0, 1)
print(p.x, p.y, p.norm1(), p.dims, Point.dims)
p.move(2).move(1)
print(p.x, Point.norm1(p))
p.dims = 3
print(p.dims, q.dims, Point.dims)
Point.dims = 5
print(q.dims, p.dims)
print(type(p).__name__, type(p) is Point, isinstance(p, Point), Point.__name__)
print(sorted(p.__dict__.items()), q.__dict__)
print(hasattr(p, 'z'), getattr(p, 'z', 'missing'))
setattr(q, 'z', 9)
print(q.z)
delattr(q, 'z')
print(hasattr(q, 'z'))

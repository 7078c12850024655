# sys.getsizeof of instances: 56 bytes (managed-dict pre-header included) however many attributes they get
import sys
class Empty:
    pass
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
class Point3(Point):
    def __init__(self, x, y, z):
        Point.__init__(self, x, y)
        self.z = z
e = Empty()
print(sys.getsizeof(e), sys.getsizeof(Point(1, 2)), sys.getsizeof(Point3(1, 2, 3)))
e.a = 1
print(sys.getsizeof(e))
for i in range(30):
    setattr(e, 'attr%d' % i, i)
print(sys.getsizeof(e))
p = Point(1, 2)
del p.x
print(sys.getsizeof(p), sys.getsizeof(object()))
print(e.__sizeof__(), sys.getsizeof(e) - e.__sizeof__())

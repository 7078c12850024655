# Attribute access on instances (managed dict values, method calls).
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def move(self, dx):
        self.x = self.x + dx
        return self.x


p = Point(0, 1)
for i in range(1_500_000):
    p.move(p.y)
    p.y = i % 3
print(p.x, p.y)

# a class body is a frame (call on the class line); __init__ runs from the class call, one deeper
class A:
    x = 1

    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v


a = A(3)
r = a.get()

# classes created inside functions are distinct objects on each call; closures in methods
def make_class(greeting):
    class Greeter:
        def greet(self, name):
            return f'{greeting}, {name}'
    return Greeter
A = make_class('Hello')
B = make_class('Hi')
print(A().greet('x'), B().greet('y'))
print(A is B, A.__name__ == B.__name__, isinstance(A(), B))
def counter_class():
    count = 0
    class Counter:
        def inc(self):
            nonlocal count
            count += 1
            return count
    return Counter
C = counter_class()
c1, c2 = C(), C()
print(c1.inc(), c2.inc(), c1.inc())

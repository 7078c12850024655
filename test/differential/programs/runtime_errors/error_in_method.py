# exception in a method call chain: TypeError with method argument count message
class Acc:
    def add(self, x):
        return x + 1
a = Acc()
print(a.add(1))
a.add(1, 2)

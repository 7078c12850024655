# uncaught user exception subclass with custom __str__
class Fault(ValueError):
    def __init__(self, code):
        self.code = code
    def __str__(self):
        return f'fault code {self.code}'
print(str(Fault(1)))
raise Fault(42)

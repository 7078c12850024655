# single inheritance: overriding, super().__init__, super() method calls, isinstance/issubclass
class Animal:
    kind = 'animal'
    def __init__(self, name):
        self.name = name
    def speak(self):
        return '...'
    def describe(self):
        return f'{self.name} the {self.kind} says {self.speak()}'
class Dog(Animal):
    kind = 'dog'
    def __init__(self, name, tricks):
        super().__init__(name)
        self.tricks = tricks
    def speak(self):
        return 'woof'
class Puppy(Dog):
    def speak(self):
        return super().speak() + '!'
for a in [Animal('generic'), Dog('rex', ['sit']), Puppy('bit', [])]:
    print(a.describe())
p = Puppy('pip', ['roll'])
print(p.tricks, isinstance(p, Animal), isinstance(p, Dog), isinstance(Dog('d', []), Puppy))
print(issubclass(Puppy, Animal), issubclass(Animal, Dog), issubclass(Dog, Dog), issubclass(Dog, object))
print(Puppy.__bases__[0].__name__, Dog.__base__.__name__, [c.__name__ for c in Puppy.__mro__])
print(Animal.speak(p), Dog.speak(p))

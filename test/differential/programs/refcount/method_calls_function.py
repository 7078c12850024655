# refcount of self inside methods and of arguments passed through methods, called from a function
import sys
class Node:
    def __init__(self, value):
        self.value = value
    def self_count(self):
        return sys.getrefcount(self)
    def nested(self):
        return self.self_count()
    def keep(self, other):
        self.other = other
        return sys.getrefcount(other)
def main():
    n = Node([])
    print(sys.getrefcount(n), n.self_count(), n.nested())
    print(sys.getrefcount(n.value))
    payload = []
    print(n.keep(payload), sys.getrefcount(payload))
    bound = n.keep
    print(sys.getrefcount(n))
    del bound
    print(sys.getrefcount(n))
    print(Node([]).self_count())
main()

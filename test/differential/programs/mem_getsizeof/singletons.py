# sys.getsizeof of True, False, None, Ellipsis, NotImplemented and the empty immutables
import sys
print(sys.getsizeof(True), sys.getsizeof(False), sys.getsizeof(None))
print(sys.getsizeof(...), sys.getsizeof(NotImplemented))
print(sys.getsizeof(''), sys.getsizeof(()), sys.getsizeof(b''))
print(sys.getsizeof(frozenset()), sys.getsizeof(object()))
print(True.__sizeof__(), None.__sizeof__(), ().__sizeof__(), ''.__sizeof__())
print(sys.getsizeof(1 == 1), sys.getsizeof(not 1), sys.getsizeof(bool(7)))
print(sys.getsizeof(print()), sys.getsizeof(tuple()), sys.getsizeof(str()))

# sys.getsizeof of instances of subclasses of builtins: the base layout plus the dict and GC headers
import sys
class MyList(list):
    pass
class MyDict(dict):
    pass
class MyInt(int):
    pass
class MyStr(str):
    pass
class MyErr(Exception):
    pass
print(sys.getsizeof(MyList()), sys.getsizeof(MyList([1, 2, 3])), sys.getsizeof([1, 2, 3]))
print(sys.getsizeof(MyDict()), sys.getsizeof(MyDict(a=1)))
print(sys.getsizeof(MyInt(5)), sys.getsizeof(MyInt(2 ** 40)), sys.getsizeof(5))
print(sys.getsizeof(MyStr('abc')), sys.getsizeof('abc'))
print(sys.getsizeof(MyErr()), sys.getsizeof(MyErr('a', 'b')), sys.getsizeof(Exception()))
print(sys.getsizeof(ValueError('x')), sys.getsizeof(KeyError()), sys.getsizeof(StopIteration(1)))

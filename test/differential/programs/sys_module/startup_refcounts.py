# The counts a learner sees first: static objects and built-in types are referenced by
# everything CPython's startup built (site, io, the stdlib's classes and constants).
# 3.11's small ints and '' start near 10**9 (_PyObject_IMMORTAL_INIT(999999999)).
# None's count differs by about ±20 between CPython runs, so only its size is printed.
# Values are made at run time: the parser's arena holds a reference per literal.
import sys
print(sys.getrefcount(None) > 5000)
print(sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(...), sys.getrefcount(NotImplemented))
print(sys.getrefcount(str()), sys.getrefcount(tuple()))
print([sys.getrefcount(number) for number in range(int('-5'), int('257'), int('13'))])
print([sys.getrefcount(chr(code)) for code in range(int('32'), int('127'), int('7'))])
for tp in (object, type, int, str, bytes, list, tuple, dict, set, float, bool, type(None),
           BaseException, Exception, ValueError, KeyError, OSError, StopIteration,
           type(len), type(iter([])), type(sys), range, zip, property):
    print(tp.__name__, sys.getrefcount(tp))

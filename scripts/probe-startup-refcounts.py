# Prints sys.getrefcount of every static object whose startup count PyHeap takes from
# CPython: None, True, False, Ellipsis, NotImplemented, '', b'', the small ints, the
# 1-character Latin-1 strings, the 1-byte bytes and the static types. It runs both in
# CPython and in PyHeap (scripts/calibrate-startup-refcounts.mjs); as the same program
# it makes the same references in both, so the difference of each line is what
# CPython's startup holds that PyHeap's does not build (site, encodings, io, the
# stdlib modules' classes and constants...). Output: one "key count" per line.
#
# The parser's arena holds a reference per *attempt* to parse a literal or name in
# CPython (the PEG parser backtracks) and one per occurrence in PyHeap, so this file
# must not contain the objects it measures: no int literal in -5..256, no '' or b''
# or 1-character string literal, no 1-character identifier. Values are built at run
# time (int('...') of multi-character strings).
import sys
getrc = sys.getrefcount
print('None', getrc(None))
print('True', getrc(True))
print('False', getrc(False))
print('Ellipsis', getrc(...))
print('NotImplemented', getrc(NotImplemented))
print('empty_str', getrc(str()))
print('empty_bytes', getrc(bytes()))
lo_int = int('-5')
hi_int = int('257')
nchars = int('256')
for value_now in range(lo_int, hi_int):
    print('int', value_now, getrc(value_now))
for code_now in range(nchars):
    print('chr', code_now, getrc(chr(code_now)))
for code_now in range(nchars):
    print('byte', code_now, getrc(bytes([code_now])))
big_int = int('10000000000000000000000000')
one_int = int('10') // int('10')
types_ = [
    type, object, str, type(None), type(NotImplemented), type(...), int, bool,
    type(len), type(str.join), type(dict.__dict__['fromkeys']), type(int.real),
    type(object.__init__), type(one_int.__add__), type(int.__dict__),
    type(iter([])), type(reversed([])), type(iter(())), type(iter(range(big_int))),
    staticmethod, classmethod, property, super, slice, list,
    type({}.keys()), type({}.values()), type({}.items()),
    type(iter({})), type(iter({}.values())), type(iter({}.items())),
    type(reversed({})), type(reversed({}.values())), type(reversed({}.items())),
    dict, float, bytes, type(iter(bytes())), tuple,
    BaseException, Exception, GeneratorExit, KeyboardInterrupt, SystemExit, ArithmeticError,
    FloatingPointError, OverflowError, ZeroDivisionError, AssertionError, AttributeError,
    BufferError, EOFError, ImportError, ModuleNotFoundError, LookupError, IndexError, KeyError,
    MemoryError, NameError, UnboundLocalError, OSError, BlockingIOError, ChildProcessError,
    ConnectionError, BrokenPipeError, ConnectionAbortedError, ConnectionRefusedError,
    ConnectionResetError, FileExistsError, FileNotFoundError, InterruptedError,
    IsADirectoryError, NotADirectoryError, PermissionError, ProcessLookupError, TimeoutError,
    ReferenceError, RuntimeError, NotImplementedError, RecursionError, StopAsyncIteration,
    StopIteration, SyntaxError, IndentationError, TabError, SystemError, TypeError, ValueError,
    UnicodeError, UnicodeDecodeError, UnicodeEncodeError, UnicodeTranslateError, Warning,
    BytesWarning, DeprecationWarning, EncodingWarning, FutureWarning, ImportWarning,
    PendingDeprecationWarning, ResourceWarning, RuntimeWarning, SyntaxWarning, UnicodeWarning,
    UserWarning, type(iter(chr(int('233')))), type(iter(str())), set, frozenset,
    type(iter(set())), range, type(iter(range(one_int))), type(sys), bytearray,
    type(iter(bytearray())), zip, map, filter, enumerate, reversed,
]
for type_now in types_:
    print('type', type_now.__name__, getrc(type_now))

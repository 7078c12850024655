# Measures the startup reference counts ("baselines") of the static singletons the
# numbers-and-text types own, in CPython 3.11 run as a file:
#   small ints -5..256, the 1-character Latin-1 strings, '' , b'', the 1-byte bytes,
#   None, True, False, Ellipsis, NotImplemented.
# Usage: PYTHONHASHSEED=0 python3.11 scripts/measure-numtext-statics.py > src/model/objects/numtext_statics.json
#
# sys.getrefcount(x) = ob_refcnt + 1 (its argument). The program avoids adding
# references of its own to the measured objects: no int literal in -5..256 and no
# 1-character identifier or string constant appears in this file's code (constants
# sit in co_consts and in the parser's arena while __main__ runs), values are built
# at run time, and every count is read while exactly one variable (`value_now`)
# holds the object. baseline = getrefcount - 2 (the argument and `value_now`).
import sys
import json

getrc = sys.getrefcount
lo_int = int('-5')
hi_int = int('257')
nchars = int('256')
int_iter = iter(range(lo_int, hi_int))
del lo_int, hi_int
ints = []
for value_now in int_iter:
    ints.append(getrc(value_now) - len('xx'))
del value_now, int_iter

chars = []
for code_now in iter(range(nchars)):
    value_now = chr(code_now)
    chars.append(getrc(value_now) - len('xx'))
    del value_now
del code_now

byte_list = []
for code_now in iter(range(nchars)):
    value_now = bytes([code_now])
    byte_list.append(getrc(value_now) - len('xx'))
    del value_now
del code_now

# 1-character strings that startup interned as separate heap objects (marshal creates
# them before the Latin-1 singletons are used for interning), so sys.intern(chr(c))
# is not chr(c): source constants and names like 'a' are those objects.
interned_chars = {}
for code_now in iter(range(nchars)):
    value_now = sys.intern(chr(code_now))
    if value_now is not chr(code_now):
        interned_chars[str(code_now)] = getrc(value_now) - len('xx')
    del value_now
del code_now

value_now = str()
empty_str = getrc(value_now) - len('xx')
value_now = bytes()
empty_bytes = getrc(value_now) - len('xx')
# None: the module's code object also holds None in co_consts (the implicit
# `return None`), one reference; True/False/Ellipsis/NotImplemented are not constants here.
value_now = print(end='')
none = getrc(value_now) - len('xx') - len('x')
value_now = bool(len('x'))
true = getrc(value_now) - len('xx')
value_now = bool(len(''))
false = getrc(value_now) - len('xx')
value_now = type(Ellipsis)()
ellipsis = getrc(value_now) - len('xx')
value_now = type(NotImplemented)()
notimpl = getrc(value_now) - len('xx')
del value_now

print(json.dumps({
    'measured_with': sys.version.split()[0],
    'note': 'ob_refcnt at the start of __main__ (getrefcount minus the argument and one variable); '
            'ints[k+5] for k in -5..256, chars[c] for chr(c), bytes1[c] for bytes([c]), '
            'interned_chars[c]: the interned heap str for chr(c) when it is not the singleton',
    'ints': ints,
    'chars': chars,
    'bytes1': byte_list,
    'interned_chars': interned_chars,
    'empty_str': empty_str,
    'empty_bytes': empty_bytes,
    'None': none,
    'True': true,
    'False': false,
    'Ellipsis': ellipsis,
    'NotImplemented': notimpl,
}))
# Re-running shows the small-int counts are stable; None's count varies by about
# ±20 between runs and one or two 1-character strings by ±1 (objects created during
# startup whose lifetime depends on hash/address order); the committed values are
# one run with PYTHONHASHSEED=0.

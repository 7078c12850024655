# Interned names CPython 3.11 has at startup (static strings of libpython) and how many references
# they start with when a program runs: built from character codes, so this program's own code
# does not mention them. (Names of builtins: method names can differ by one between CPython
# runs, as its type method cache holds names by address.)
import sys
for codes in ([108, 101, 110], [114, 97, 110, 103, 101], [115, 117, 109], [97, 98, 115],
              [105, 115, 105, 110, 115, 116, 97, 110, 99, 101], [122, 105, 112], [115, 111, 114, 116, 101, 100]):
    s = sys.intern(''.join(map(chr, codes)))
    print(s, sys.getrefcount(s) - 2)

# "Did you mean" for a module attribute and for a method of a builtin type.
import sys
print(sys.getrefcount(None) > 1000, 'abc'.upper())
sys.getrefcont

# sys.get/set_int_max_str_digits, __main__.__loader__, weak references to builtin
# functions, reversed tuple slices.
import sys
import weakref
print(sys.get_int_max_str_digits())
t = (1, 2, 3)
print(t[::-1], t[1:], t[::2], (1,)[::-1], t[::-1] is t, t[:] is t)
r = weakref.ref(len)
print(r() is len, type(r).__name__)
print(type(__loader__).__name__, __loader__.name, __loader__.path.endswith('misc_311.py'), vars(__loader__)['name'])
print(__spec__, __package__, __name__, __cached__, sorted(globals())[:9])
sys.set_int_max_str_digits(5000)
print(sys.get_int_max_str_digits())
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print(e)
sys.set_int_max_str_digits(maxdigits=0)
print(len(str(10 ** 5000)))
sys.set_int_max_str_digits(4300)
try:
    str(10 ** 5000)
except ValueError as e:
    print(e)
try:
    int('1' * 5000)
except ValueError as e:
    print(e)

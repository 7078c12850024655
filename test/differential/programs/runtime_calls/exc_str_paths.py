# __str__/__repr__ of exceptions run by the runtime: str(), print(), repr(), the unraisable hook and the traceback printer
import sys
class E(Exception):
    def __str__(self):
        print('  E.__str__', sys.getrefcount(self))
        return 'e-str'
    def __repr__(self):
        print('  E.__repr__', sys.getrefcount(self))
        return 'e-repr'
e = E()
print('str(e):'); str(e)
print('print(e):'); print(e)
print('repr(e):'); repr(e)
print('f-string:'); f'{e}'
print('in except:')
try:
    raise E()
except E as caught:
    print(str(caught) == 'e-str', sys.getrefcount(caught))
print('raised in __del__ (unraisable):')
class D:
    def __del__(self):
        raise E()
d = D(); d = None
print('chained, uncaught:')
def fail():
    try:
        raise E()
    except E:
        raise E('second')
fail()

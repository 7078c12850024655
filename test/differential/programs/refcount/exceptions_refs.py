# exception objects hold references (args); the handler's name is deleted after except
import sys
a = []
e1 = ValueError(a)
print(sys.getrefcount(a), sys.getrefcount(e1))
del e1
print(sys.getrefcount(a))
try:
    raise KeyError(a)
except KeyError as err:
    print(sys.getrefcount(a))
print(sys.getrefcount(a))
def main():
    b = []
    try:
        raise RuntimeError(b, b)
    except RuntimeError as e:
        print(sys.getrefcount(b))
        saved = e
    print(sys.getrefcount(b))
    del saved
    print(sys.getrefcount(b))
main()

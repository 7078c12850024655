# sys.getrecursionlimit / setrecursionlimit values round-trip
import sys
old = sys.getrecursionlimit()
print(old)
sys.setrecursionlimit(5000)
print(sys.getrecursionlimit())
sys.setrecursionlimit(old)
print(sys.getrecursionlimit() == old)
try:
    sys.setrecursionlimit(-5)
except ValueError as e:
    print(e)
try:
    sys.setrecursionlimit('x')
except TypeError as e:
    print(e)

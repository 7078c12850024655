# setrecursionlimit lowers the depth at which RecursionError is raised
import sys
print(sys.getrecursionlimit())
sys.setrecursionlimit(100)
print(sys.getrecursionlimit())
def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
d = depth(0)
print(d < 100, d > 50)
sys.setrecursionlimit(2000)
d2 = depth(0)
print(d2 > 1000, d2 < 2000)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print('ValueError:', e)

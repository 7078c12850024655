# infinite recursion raises RecursionError; catch it and continue
import sys
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print(type(e).__name__)
def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
d = depth(0)
print(d > 900, d < sys.getrecursionlimit())
print(sys.getrecursionlimit())
print('still running')

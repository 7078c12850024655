# temporaries live only on the evaluation stack; a fresh object passed straight in has refcount 1
import sys
print(sys.getrefcount([1, 2]), sys.getrefcount({'a': []}), sys.getrefcount((lambda: 0)))
print(sys.getrefcount([] + []), sys.getrefcount([0] * 3), sys.getrefcount(list(range(3))))
class K:
    pass
print(sys.getrefcount(K()), sys.getrefcount(object()), sys.getrefcount(str(10 ** 20)))
print(sys.getrefcount(int('99999')), sys.getrefcount(float('1e300')), sys.getrefcount('x' * 50))
x = [[]]
print(sys.getrefcount(x[0]), sys.getrefcount(x.pop()))
def make():
    return {'k': 1}
print(sys.getrefcount(make()), sys.getrefcount(make()['k']) > 100)

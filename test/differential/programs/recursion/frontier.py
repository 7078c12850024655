# at the recursion limit, a comparison or a builtin call in the deepest frame fails with its own guard's message
def cmp(n):
    return n == -1 or cmp(n + 1)
def cmp_jump(n):
    if n == -1:
        return 0
    return cmp_jump(n + 1)
def call_len(n):
    x = len('ab')
    return call_len(n + 1)
def call_abs(n):
    x = abs(n)
    return call_abs(n + 1)
def call_append(n, acc):
    acc.append(n)
    return call_append(n + 1, acc)
def in_list(n):
    if n in [-1, -2]:
        return 0
    return in_list(n + 1)
def big_ints(n):
    if n + 2 ** 40 == 0:
        return 0
    return big_ints(n + 1)
def floats(n):
    if n * 0.5 == -1.0:
        return 0
    return floats(n + 1)
def strs(s):
    if s == 'x':
        return 0
    return strs(s)
for f, args in [(cmp, (0,)), (cmp_jump, (0,)), (call_len, (0,)), (call_abs, (0,)), (call_append, (0, [])),
                (in_list, (0,)), (big_ints, (0,)), (floats, (0,)), (strs, ('a',))]:
    try:
        f(*args)
    except RecursionError as e:
        print(f.__name__, e)

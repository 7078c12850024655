# LOAD_NAME at module level and in class bodies sees every rebinding, deletion and builtins shadowing.
import builtins
real_abs = builtins.abs
out = []
for i in range(6):
    if i == 1:
        v = 'module'
    if i == 2:
        del v
    if i == 3:
        v = 'again'
        abs = lambda n: 'shadow'
    if i == 4:
        del abs
    if i == 5:
        builtins.abs = lambda n: 'patched'
    try:
        out.append((v, abs(-1)))
    except NameError as e:
        out.append(str(e))
builtins.abs = real_abs
print(out)

k = 'outer'
class A:
    r1 = k
    k = 'inner'
    r2 = k
    del k
    r3 = k
    for j in range(3):
        r4 = len('xy') + j
print(A.r1, A.r2, A.r3, A.r4)
total = 0
for i in range(100):
    total += i
    if i == 50:
        del total
        total = 1000
print(total)

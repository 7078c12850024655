# recursive functions with keyword arguments, accumulators and default parameters
def flatten(items, depth=0, out=None):
    if out is None:
        out = []
    for x in items:
        if isinstance(x, list):
            flatten(x, depth=depth + 1, out=out)
        else:
            out.append((x, depth))
    return out
print(flatten([1, [2, [3, [4]], 5]]))
def power_set(s):
    if not s:
        return [[]]
    rest = power_set(s[1:])
    return rest + [[s[0]] + r for r in rest]
print(power_set([1, 2, 3]))
def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)
print(gcd(1071, 462), gcd(b=10, a=4))
def permutations(s):
    if len(s) <= 1:
        return [s]
    return [c + p for i, c in enumerate(s) for p in permutations(s[:i] + s[i + 1:])]
print(permutations('abc'))

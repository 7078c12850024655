# instance __dict__ contents, attribute insertion order, vars-free inspection, class __dict__ keys
class P:
    kind = 'p'
    def __init__(self):
        self.b = 2
        self.a = 1
    def method(self):
        return 0
p = P()
print(p.__dict__)
p.c = 3
del p.b
p.b = 'again'
print(p.__dict__, list(p.__dict__))
print('kind' in p.__dict__, 'kind' in P.__dict__, 'method' in P.__dict__)
p.__dict__['d'] = 4
print(p.d, len(p.__dict__))
print(sorted(k for k in P.__dict__ if not k.startswith('__')))

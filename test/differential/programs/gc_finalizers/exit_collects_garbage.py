# at exit CPython runs a full collection before tearing modules down: uncollected garbage cycles are finalized first
class F:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('del', self.n)
a = F('garbage cycle')
a.me = a
del a
keep = F('global')
print('end')

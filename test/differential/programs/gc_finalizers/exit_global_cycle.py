# a cycle still referenced from a global at exit is finalized by the collection after sys.modules is emptied
class F:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('del', self.n)
b = F('global cycle')
b.me = b
c = F('plain global')
print('end')

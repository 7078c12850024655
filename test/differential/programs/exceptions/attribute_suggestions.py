# An uncaught AttributeError gets "Did you mean" from dir(obj) at display time
# (suggestions.c); caught, its str() has no suggestion but .name and .obj are set.
import gc
try:
    [].apend(1)
except AttributeError as e:
    print(e, '|', e.name, e.obj)
try:
    gc.get_coun()
except AttributeError as e:
    print(e, e.name, e.obj is gc)


class Account:
    def __init__(self):
        self.balance = 0

    def deposit(self, n):
        self.balance += n


acct = Account()
acct.deposit(5)
print(dir(acct)[-3:], acct.balance)
acct.balanse

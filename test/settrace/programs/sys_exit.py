# sys.exit: SystemExit unwinds like any exception; module globals are finalized afterwards (__del__ at depth 0)
import sys


class D:
    def __del__(self):
        pass


keep = D()
sys.exit(3)

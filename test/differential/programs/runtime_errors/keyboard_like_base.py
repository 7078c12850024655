# uncaught exception deriving directly from BaseException
class Stop(BaseException):
    pass
try:
    raise Stop('caught by BaseException')
except Exception:
    print('not here')
except BaseException as e:
    print('caught', repr(e))
raise Stop('uncaught')

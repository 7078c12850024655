# an uncaught exception: exception then return null in every frame, the module's too
def f():
    return 1 / 0


f()

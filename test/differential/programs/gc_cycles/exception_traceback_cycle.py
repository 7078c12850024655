# an exception stored in a local of the frame its traceback refers to forms a cycle
import gc
gc.collect()
def fail():
    try:
        raise ValueError('x')
    except ValueError as e:
        saved = e
    return 'done'
print(fail())
print(gc.collect())
def fail2():
    err = None
    try:
        raise KeyError('k')
    except KeyError as e:
        err = e
    return err
ex = fail2()
print(type(ex).__name__, ex.__traceback__ is not None)
del ex
print(gc.collect())

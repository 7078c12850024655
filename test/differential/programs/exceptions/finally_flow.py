# finally runs on return, break, continue and exceptions; return in finally overrides
def f():
    try:
        return 'try'
    finally:
        print('finally runs')
print(f())
def g():
    try:
        return 'try'
    finally:
        return 'finally'
print(g())
for i in range(3):
    try:
        if i == 1:
            continue
        if i == 2:
            break
        print('body', i)
    finally:
        print('cleanup', i)
def h():
    try:
        raise ValueError('boom')
    finally:
        print('cleanup before propagate')
try:
    h()
except ValueError as e:
    print('caught', e)
def k():
    try:
        raise KeyError('x')
    finally:
        return 'swallowed'
print(k())

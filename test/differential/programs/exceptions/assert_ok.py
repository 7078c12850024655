# assert statements that pass, and assert failures caught with their messages
def check(x):
    assert isinstance(x, int), 'need an int'
    assert x >= 0, f'negative: {x}'
    return x * 2
print(check(4))
for bad in ['s', -3]:
    try:
        check(bad)
    except AssertionError as e:
        print('AssertionError', e.args)
try:
    assert False
except AssertionError as e:
    print(repr(e), e.args)
assert (1, 2) == (1, 2), 'never fails'
print('done')

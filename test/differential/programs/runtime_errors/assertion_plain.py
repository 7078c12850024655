# AssertionError without a message
assert True
print('ok')
assert 1 == 2

# AssertionError without a message
assert True
print('ok')
assert [1], 'non-empty list is true'
assert 1 == 2

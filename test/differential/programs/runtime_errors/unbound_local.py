# UnboundLocalError: a local used before assignment
count = 0
def bump():
    count += 1
    return count
print('calling bump')
bump()
